// @brief Reader for JSON records: a .json file (one object or an array of
// objects) or a .jsonl file (one object per line).
#ifndef SAMIZDAT_CORPUS_JSON_READER_H_
#define SAMIZDAT_CORPUS_JSON_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "corpus/corpus_config.h"
#include "corpus/document.h"
#include "corpus/reader.h"

namespace samizdat::corpus {

enum class JsonLayout {
  kDocument,  // .json: one object, or an array of objects
  kLines,     // .jsonl: one object per non-blank line
};

// Turns each record into an article followed by its comments. Keys (each
// renamable with `field.NAME = key` in the corpus config; a renamed field is
// read only from its new key):
//   title; text, body or content (a string or an array of paragraphs);
//   date or year (a date string or a year number); author or authors (a
//   string or an array); publication; language or lang; tags (an array or a
//   comma-separated string); url; id (the record's own key, which becomes
//   Document::id for the loader to complete); comments (an array of strings
//   or of objects with text/body/content, author/authors/name and date;
//   comment keys are not renamed).
// Every other string, number or boolean key goes to Document::extra as a
// string (numbers as JSON writes them); arrays and objects under other keys
// are not kept. A date string that does not parse stays in extra["date"].
// Stateless; safe to call from several threads.
// The metadata of one record, read as JsonReader reads a record's keys but
// without its text, id and comments, which stay extra fields like any other
// key: for a row of the corpus config's metadata table.
// @exception InputError when `record` is not an object.
[[nodiscard]] Document read_metadata_record(const nlohmann::json& record, const CorpusConfig& config);

class JsonReader final : public Reader {
 public:
  explicit JsonReader(JsonLayout layout) : layout_(layout) {}

  // Strict: any record or line that cannot be read throws.
  // @exception InputError with the reason: "invalid JSON at byte N: …",
  //            "line N: …" for JSON Lines, "record N: expected an object".
  [[nodiscard]] std::vector<Document> read(std::string_view content,
                                           const CorpusConfig& config) const override;

  // As read(), but for JSON Lines a bad line is skipped and described in
  // `warnings` ("line 3: invalid JSON at byte 7: …"), keeping the good
  // records; it throws only when no line at all can be read. JSON documents
  // behave as in read().
  [[nodiscard]] std::vector<Document> read(std::string_view content, const CorpusConfig& config,
                                           std::vector<std::string>& warnings) const;

 private:
  JsonLayout layout_;
};

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_JSON_READER_H_

// @brief One generated article in memory: the fields every output format
// writes, before it is rendered as txt, md, html or json.
#ifndef SAMIZDAT_TOOLS_GENERATED_DOCUMENT_H_
#define SAMIZDAT_TOOLS_GENERATED_DOCUMENT_H_

#include <string>
#include <string_view>
#include <vector>

#include "tools/language_profile.h"

namespace samizdat::tools {

// A valid Gregorian date.
struct GeneratedDate {
  int year = 1970;
  int month = 1;
  int day = 1;

  // "2017-10-06".
  [[nodiscard]] std::string iso() const;
  // "Friday, October 6, 2017": the dateline of a saved page.
  [[nodiscard]] std::string dateline() const;
  // The same date `days` later, kept inside its month (comments follow their
  // article within the month).
  [[nodiscard]] GeneratedDate later_in_month(int days) const;
};

// Days in `month` of `year` (leap years included).
[[nodiscard]] int days_in_month(int year, int month);

struct GeneratedParagraph {
  bool heading = false;
  std::string text;
};

struct GeneratedComment {
  std::string author;
  GeneratedDate date;
  std::string text;
};

struct GeneratedDocument {
  std::string title;
  std::string author;
  GeneratedDate date;
  std::string_view publication;
  const LanguageProfile* language = nullptr;
  std::vector<std::string_view> tags;
  std::vector<GeneratedParagraph> paragraphs;
  std::vector<GeneratedComment> comments;
};

}  // namespace samizdat::tools

#endif  // SAMIZDAT_TOOLS_GENERATED_DOCUMENT_H_

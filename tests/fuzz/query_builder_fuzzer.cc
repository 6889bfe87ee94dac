// @brief libFuzzer target: the searcher's QueryBuilder (query language and
// filters) over a tiny archive in a temp folder, running each parsed query.
//
// Input: byte 0 picks the language and the default operator; the first line
// after it is the query text; each further line is a FIELD=VALUE filter.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <xapian.h>

#include "corpus/error.h"
#include "corpus/schema.h"
#include "searcher/field_table.h"
#include "searcher/query_builder.h"
#include "tests/temp_dir.h"

namespace {

namespace schema = samizdat::corpus::schema;
using Filters = std::vector<std::pair<std::string, std::string>>;

constexpr const char* kLanguages[] = {"", "en", "de", "ru", "fr", "xx"};

void add_document(Xapian::WritableDatabase& database, const std::string& text, const std::string& first_day) {
  Xapian::Document document;
  Xapian::TermGenerator generator;
  generator.set_database(database);
  generator.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
  generator.set_stemmer(Xapian::Stem("en"));
  generator.set_document(document);
  generator.index_text(text);
  generator.index_text(text, schema::kTitleWeight, std::string(schema::kPrefixTitle));
  document.add_boolean_term(std::string(schema::kPrefixType) + "article");
  document.add_value(schema::kSlotDateFirst, first_day);
  document.add_value(schema::kSlotDateLast, first_day);
  document.add_value(schema::kSlotYear, first_day.substr(0, 4));
  database.add_document(document);
}

// A glass database (the in-memory backend keeps no spelling table) with
// three documents, and the builder over it; made once per fuzzing process.
struct Archive {
  samizdat::testing::TempDir directory;
  Xapian::Database database = make_database(directory.path() / "db");
  samizdat::searcher::FieldTable fields{{"party"}};
  samizdat::searcher::QueryBuilder builder{database, fields};

  static Xapian::Database make_database(const std::filesystem::path& path) {
    Xapian::WritableDatabase database(path.string(), Xapian::DB_CREATE);
    add_document(database, "the workers of petrograd rose in revolution", "19171025");
    add_document(database, "bread peace and land for the soviets", "19170301");
    add_document(database, "the constitution of the united states", "17870917");
    database.commit();
    return database;
  }
};

// The text after the first newline as FIELD=VALUE lines.
Filters parse_filters(std::string_view rest) {
  Filters filters;
  while (!rest.empty()) {
    const auto line = rest.substr(0, rest.find('\n'));
    rest.remove_prefix(std::min(rest.size(), line.size() + 1));
    const auto equals = line.find('=');
    if (equals == std::string_view::npos) continue;
    filters.emplace_back(std::string(line.substr(0, equals)), std::string(line.substr(equals + 1)));
  }
  return filters;
}

void run(const Xapian::Database& database, const Xapian::Query& query) {
  Xapian::Enquire enquire(database);
  enquire.set_query(query);
  static_cast<void>(enquire.get_mset(0, 10));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Archive archive;
  if (size == 0) return 0;
  const std::string language = kLanguages[data[0] % std::size(kLanguages)];
  const auto op = data[0] & 0x80 ? Xapian::Query::OP_OR : Xapian::Query::OP_AND;
  const std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto newline = std::min(input.find('\n'), input.size());
  try {
    const auto parsed = archive.builder.parse(std::string(input.substr(0, newline)), language, op);
    run(archive.database, parsed.query);
    const auto filter = archive.builder.filter(parse_filters(input.substr(newline)));
    run(archive.database, Xapian::Query(Xapian::Query::OP_FILTER, parsed.query, filter));
  } catch (const samizdat::InputError&) {
    // An unparsable query, unknown language or unknown field is the user's error.
  }
  return 0;
}

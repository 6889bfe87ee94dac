#include "searcher/field_table.h"

#include <algorithm>

#include "corpus/ascii.h"
#include "corpus/citation.h"
#include "corpus/error.h"
#include "corpus/schema.h"

namespace samizdat::searcher {
namespace {

namespace schema = corpus::schema;

[[nodiscard]] std::vector<Field> builtin_fields() {
  using enum TermValue;
  return {
      {"type", {}, std::string(schema::kPrefixType), kLowerCase, schema::kSlotType, false, false, true},
      {"year", {}, std::string(schema::kPrefixYear), kLowerCase, schema::kSlotYear, false, true, true},
      {"decade", {}, std::string(schema::kPrefixDecade), kLowerCase, schema::kSlotDecade, false, true, true},
      {"publication", {"pub"}, std::string(schema::kPrefixPublication), kFolded, schema::kSlotPublication,
       false, false, true},
      {"author", {}, std::string(schema::kPrefixAuthor), kFolded, schema::kSlotAuthor, true, false, true},
      {"language", {"lang"}, std::string(schema::kPrefixLanguage), kFolded, schema::kSlotLanguage,
       false, false, true},
      {"source", {}, std::string(schema::kPrefixSource), kCitation, schema::kSlotSource, false, false, true},
      {"tag", {}, std::string(schema::kPrefixTag), kFolded, schema::kSlotTag, true, false, true},
      // A quotation's cluster is set at the end of a run, as a value only: Xapian
      // rewrites a document's terms and positions to change a term.
      {"cluster", {}, {}, kLowerCase, schema::kSlotCluster, false, false, false},
  };
}

}  // namespace

FieldTable::FieldTable(const std::vector<std::string>& extra_facets) : fields_(builtin_fields()) {
  for (std::size_t i = 0; i < extra_facets.size(); ++i) {
    const auto slot = static_cast<Xapian::valueno>(schema::kSlotFirstExtraFacet + i);
    fields_.push_back({extra_facets[i], {}, schema::extra_facet_prefix(extra_facets[i]), TermValue::kFolded,
                       slot, false, false, true});
  }
}

const Field* FieldTable::find(std::string_view name) const {
  const auto named = [name](const Field& field) {
    return field.name == name || std::ranges::find(field.aliases, name) != field.aliases.end();
  };
  const auto found = std::ranges::find_if(fields_, named);
  return found == fields_.end() ? nullptr : &*found;
}

const Field& FieldTable::at(std::string_view name, std::string_view what) const {
  if (const Field* field = find(name)) return *field;
  std::string known;
  for (const auto& field : fields_) known += (known.empty() ? "" : ", ") + field.name;
  throw InputError("unknown " + std::string(what) + " field '" + std::string(name) + "' (known: " + known + ")");
}

std::string FieldTable::key(const Field& field, std::string_view value) {
  switch (field.value) {
    case TermValue::kFolded:
      return schema::fold_term_value(value);
    case TermValue::kCitation:
      return schema::fold_term_value(corpus::normalise_citation(value).key());
    case TermValue::kLowerCase:
      break;
  }
  return corpus::lower_ascii(value);
}

Xapian::Query FieldTable::query(const Field& field, std::string_view value) {
  const std::string stored = key(field, value);
  if (field.prefix.empty()) return {Xapian::Query::OP_VALUE_RANGE, field.slot, stored, stored};
  return Xapian::Query(field.prefix + stored);
}

}  // namespace samizdat::searcher

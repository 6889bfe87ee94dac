// @brief The fields a search can filter and facet on (type, year, decade,
// publication, author, language, source, tag and configured extra facets):
// their names, boolean term prefixes and value slots.
#ifndef SAMIZDAT_SEARCHER_FIELD_TABLE_H_
#define SAMIZDAT_SEARCHER_FIELD_TABLE_H_

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace samizdat::searcher {

// How a field's value is stored, in its boolean term and slot.
enum class TermValue {
  kFolded,     // corpus::schema::fold_term_value (publication, author, language, tag, ...)
  kLowerCase,  // ASCII lower case (type, decade, year)
  kCitation,   // corpus::normalise_citation key, then folded (source)
};

struct Field {
  std::string name;                  // canonical name, also the facet key
  std::vector<std::string> aliases;  // other accepted names ("pub")
  std::string prefix;                // boolean term prefix; empty: matched on its slot's value
  TermValue value = TermValue::kFolded;
  Xapian::valueno slot = 0;          // facet slot
  bool multi_valued = false;         // slot holds values joined by kMultiValueSeparator
  bool sorted_by_value = false;      // facet listed in value order (year, decade)
  bool in_all_facets = true;         // counted when the facets asked are "all"
};

// The built-in fields followed by the extra facets, in that order.
// Immutable after construction; safe to share between threads.
class FieldTable {
 public:
  explicit FieldTable(const std::vector<std::string>& extra_facets);

  // The field called `name` or one of its aliases; nullptr when unknown.
  [[nodiscard]] const Field* find(std::string_view name) const;
  // Like find. @exception InputError "unknown WHAT field 'NAME' (known: ...)".
  [[nodiscard]] const Field& at(std::string_view name, std::string_view what) const;
  [[nodiscard]] const std::vector<Field>& fields() const { return fields_; }

  // `value` as the field's term holds it after the prefix (and a prefix-less
  // field's slot): folded, lower-cased, or reduced to its
  // normalise_citation() key (source).
  [[nodiscard]] static std::string key(const Field& field, std::string_view value);
  // The documents whose `field` has `value`: its boolean term (prefix +
  // key()), or for a field without a prefix, an equality test on its slot.
  [[nodiscard]] static Xapian::Query query(const Field& field, std::string_view value);

 private:
  std::vector<Field> fields_;
};

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_FIELD_TABLE_H_

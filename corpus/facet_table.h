// @brief The facet table of one state of an archive: for each facet slot,
// a code per distinct value and the code of every document number. A server
// builds it in memory; samizdat-index saves it in the archive folder after
// each run, so that a one-shot search counts facets with array look-ups
// instead of reading the value streams of its matches.
#ifndef SAMIZDAT_CORPUS_FACET_TABLE_H_
#define SAMIZDAT_CORPUS_FACET_TABLE_H_

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace samizdat::corpus {

// Memory is 4 bytes per slot per document number plus the distinct values.
// Immutable after construction; safe to share between threads.
class FacetTable {
 public:
  using Code = std::uint32_t;

  // Reads every value of `slots` from `database` (one value stream each).
  // @exception Xapian::Error from reading the database.
  FacetTable(const Xapian::Database& database, const std::vector<Xapian::valueno>& slots);

  FacetTable(const FacetTable&) = delete;
  FacetTable& operator=(const FacetTable&) = delete;
  FacetTable(FacetTable&&) = default;
  FacetTable& operator=(FacetTable&&) = default;
  ~FacetTable();

  // The table saved in `folder` (schema::kFacetTableFile) for the current
  // state of `database`, the archive open from that folder, holding every
  // one of `slots`: mapped, not read. nullptr when there is none, it was
  // saved for another state (uuid, revision or last document number
  // differ) or without one of `slots`, or it is damaged.
  // @exception Xapian::Error from asking `database` its state.
  [[nodiscard]] static std::shared_ptr<const FacetTable> load(const std::filesystem::path& folder,
                                                              const Xapian::Database& database,
                                                              const std::vector<Xapian::valueno>& slots);

  // Writes the table into `folder` as schema::kFacetTableFile, through a
  // temporary file renamed over the old one.
  // @exception ArchiveError naming the file when it cannot be written.
  void save(const std::filesystem::path& folder) const;

  // The position of `slot` in the constructor's list; nullopt when not held.
  [[nodiscard]] std::optional<std::size_t> index_of(Xapian::valueno slot) const;

  // The code of document `id` in slot number `index` (0 past the last
  // document, and for a code a damaged file gives out of range).
  [[nodiscard]] Code code(std::size_t index, Xapian::docid id) const {
    const Slot& slot = slots_[index];
    const Code code = id < slot.codes.size() ? slot.codes[id] : 0;
    return code < value_count(index) ? code : 0;
  }

  // How many codes slot number `index` has, 0 ("no value") included.
  [[nodiscard]] std::size_t value_count(std::size_t index) const { return slots_[index].offsets.size() - 1; }

  // The value of `code` in slot number `index`: "" for 0, and for a code
  // out of range or a value a damaged file puts out of bounds.
  [[nodiscard]] std::string_view value(std::size_t index, Code code) const;

 private:
  // A slot's values side by side in `bytes`, value k from offsets[k] to
  // offsets[k + 1] (values are read in place from a loaded file, so opening
  // one costs nothing per value).
  struct Slot {
    Xapian::valueno slot = 0;
    std::string_view bytes;
    std::span<const std::uint32_t> offsets;  // one more than the codes
    std::span<const Code> codes;             // by document number
  };
  // What the slots of a table built here point into.
  struct Owned {
    std::vector<char> bytes;
    std::vector<std::uint32_t> offsets;
    std::vector<Code> codes;
  };
  // The state of the database the table was made from.
  struct State {
    std::string uuid;
    std::uint64_t revision = 0;
    Xapian::docid last_docid = 0;
    bool operator==(const State&) const = default;
  };
  class Mapping;

  FacetTable() = default;
  [[nodiscard]] static State state_of(const Xapian::Database& database);
  [[nodiscard]] static std::optional<FacetTable> parse(std::shared_ptr<const Mapping> mapping);

  State state_;
  std::vector<Slot> slots_;
  std::vector<std::unique_ptr<Owned>> owned_;  // the slots' data of a table built here
  std::shared_ptr<const Mapping> mapping_;     // or of a loaded one
};

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_FACET_TABLE_H_

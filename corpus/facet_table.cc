#include "corpus/facet_table.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <utility>

#include "corpus/error.h"
#include "corpus/schema.h"

namespace samizdat::corpus {
namespace {

// The file: this magic; slot count, last document number (u32 each);
// revision (u64); uuid (u32 size, bytes), 4-byte aligned. Then per slot:
// slot number, value count n and value bytes size (u32 each); n + 1 value
// offsets (u32 each); the value bytes, 4-byte aligned; the codes of
// documents 0..last (u32 each). Numbers in host order: the file is a cache of
// the archive beside it, not an exchange format.
constexpr std::string_view kMagic = "SZFACET2";

void put_u32(std::string& out, std::uint32_t value) { out.append(reinterpret_cast<const char*>(&value), sizeof value); }

void pad4(std::string& out) { out.resize((out.size() + 3) / 4 * 4, '\0'); }

// Reads the file front to back; any read past its end fails it.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}

  template <typename Number>
  bool number(Number& value) {
    if (bytes_.size() - at_ < sizeof value) return false;
    std::memcpy(&value, bytes_.data() + at_, sizeof value);
    at_ += sizeof value;
    return true;
  }
  bool text(std::string& value) {
    std::uint32_t size = 0;
    if (!number(size)) return false;
    std::string_view bytes;
    if (!view(size, bytes)) return false;
    value.assign(bytes);
    return true;
  }
  bool view(std::size_t size, std::string_view& bytes) {
    if (bytes_.size() - at_ < size) return false;
    bytes = bytes_.substr(at_, size);
    at_ += size;
    return true;
  }
  bool skip_to_alignment() {
    at_ = (at_ + 3) / 4 * 4;
    return at_ <= bytes_.size();
  }
  // `count` numbers, read in place.
  bool numbers(std::size_t count, std::span<const std::uint32_t>& numbers) {
    if ((bytes_.size() - at_) / sizeof(std::uint32_t) < count) return false;
    numbers = {reinterpret_cast<const std::uint32_t*>(bytes_.data() + at_), count};
    at_ += count * sizeof(std::uint32_t);
    return true;
  }
  [[nodiscard]] bool at_end() const { return at_ == bytes_.size(); }

 private:
  std::string_view bytes_;
  std::size_t at_ = 0;
};

}  // namespace

// A file mapped read-only for the life of the tables that point into it.
class FacetTable::Mapping {
 public:
  // nullptr when `path` cannot be opened or mapped (a missing file is the
  // common case: an archive indexed before facet tables were saved).
  static std::shared_ptr<const Mapping> open(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return nullptr;
    struct stat status {};
    void* address = MAP_FAILED;
    if (::fstat(fd, &status) == 0 && status.st_size > 0) {
      address = ::mmap(nullptr, static_cast<std::size_t>(status.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    }
    ::close(fd);
    if (address == MAP_FAILED) return nullptr;
    return std::shared_ptr<const Mapping>(new Mapping(address, static_cast<std::size_t>(status.st_size)));
  }
  Mapping(const Mapping&) = delete;
  Mapping& operator=(const Mapping&) = delete;
  ~Mapping() { ::munmap(address_, size_); }

  [[nodiscard]] std::string_view bytes() const { return {static_cast<const char*>(address_), size_}; }

 private:
  Mapping(void* address, std::size_t size) : address_(address), size_(size) {}
  void* address_;
  std::size_t size_;
};

FacetTable::FacetTable(const Xapian::Database& database, const std::vector<Xapian::valueno>& slots)
    : state_(state_of(database)) {
  for (const auto slot : slots) {
    auto& owned = *owned_.emplace_back(std::make_unique<Owned>());
    owned.codes.assign(state_.last_docid + 1, 0);
    owned.offsets = {0, 0};  // code 0: no value
    std::unordered_map<std::string, Code> code_of;
    for (auto value = database.valuestream_begin(slot); value != database.valuestream_end(slot); ++value) {
      const std::string text = *value;
      const auto [found, added] = code_of.try_emplace(text, static_cast<Code>(owned.offsets.size() - 1));
      if (added) {
        owned.bytes.insert(owned.bytes.end(), text.begin(), text.end());
        owned.offsets.push_back(static_cast<std::uint32_t>(owned.bytes.size()));
      }
      owned.codes[value.get_docid()] = found->second;
    }
    slots_.push_back(Slot{slot, {owned.bytes.data(), owned.bytes.size()}, owned.offsets, owned.codes});
  }
}

FacetTable::~FacetTable() = default;

FacetTable::State FacetTable::state_of(const Xapian::Database& database) {
  State state{database.get_uuid(), 0, database.get_lastdocid()};
  try {
    state.revision = database.get_revision();
  } catch (const Xapian::InvalidOperationError&) {
    // Several databases (a stub) have no single revision: their uuid and
    // last document number are the state.
  }
  return state;
}

std::shared_ptr<const FacetTable> FacetTable::load(const std::filesystem::path& folder,
                                                   const Xapian::Database& database,
                                                   const std::vector<Xapian::valueno>& slots) {
  auto mapping = Mapping::open(folder / schema::kFacetTableFile);
  if (!mapping) return nullptr;
  auto table = parse(std::move(mapping));
  if (!table || table->state_ != state_of(database)) return nullptr;
  if (!std::ranges::all_of(slots, [&](Xapian::valueno slot) { return table->index_of(slot).has_value(); })) {
    return nullptr;
  }
  return std::make_shared<const FacetTable>(std::move(*table));
}

std::optional<FacetTable> FacetTable::parse(std::shared_ptr<const Mapping> mapping) {
  Reader reader(mapping->bytes());
  FacetTable table;
  std::uint32_t slot_count = 0;
  std::string_view magic;
  if (!reader.view(kMagic.size(), magic) || magic != kMagic || !reader.number(slot_count) ||
      !reader.number(table.state_.last_docid) || !reader.number(table.state_.revision) ||
      !reader.text(table.state_.uuid)) {
    return std::nullopt;
  }
  const std::size_t codes = std::size_t{table.state_.last_docid} + 1;
  if (!reader.skip_to_alignment()) return std::nullopt;
  for (std::uint32_t k = 0; k < slot_count; ++k) {
    Slot& slot = table.slots_.emplace_back();
    std::uint32_t value_count = 0;
    std::uint32_t bytes = 0;
    if (!reader.number(slot.slot) || !reader.number(value_count) || !reader.number(bytes) || value_count == 0 ||
        !reader.numbers(std::size_t{value_count} + 1, slot.offsets) || !reader.view(bytes, slot.bytes) ||
        !reader.skip_to_alignment() || !reader.numbers(codes, slot.codes)) {
      return std::nullopt;
    }
  }
  if (!reader.at_end()) return std::nullopt;
  table.mapping_ = std::move(mapping);
  return table;
}

void FacetTable::save(const std::filesystem::path& folder) const {
  std::string out(kMagic);
  put_u32(out, static_cast<std::uint32_t>(slots_.size()));
  put_u32(out, state_.last_docid);
  out.append(reinterpret_cast<const char*>(&state_.revision), sizeof state_.revision);
  put_u32(out, static_cast<std::uint32_t>(state_.uuid.size()));
  out += state_.uuid;
  pad4(out);
  for (const Slot& slot : slots_) {
    put_u32(out, slot.slot);
    put_u32(out, static_cast<std::uint32_t>(slot.offsets.size() - 1));
    put_u32(out, static_cast<std::uint32_t>(slot.bytes.size()));
    out.append(reinterpret_cast<const char*>(slot.offsets.data()), slot.offsets.size_bytes());
    out += slot.bytes;
    pad4(out);
    out.append(reinterpret_cast<const char*>(slot.codes.data()), slot.codes.size_bytes());
  }
  const auto path = folder / schema::kFacetTableFile;
  auto temporary = path;
  temporary += ".tmp";
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    file.write(out.data(), static_cast<std::streamsize>(out.size()));
    file.flush();
    if (!file) {
      const std::string reason = std::strerror(errno);
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      throw ArchiveError("cannot write facet table '" + path.string() + "': " + reason);
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    throw ArchiveError("cannot write facet table '" + path.string() + "': " + error.message());
  }
}

std::string_view FacetTable::value(std::size_t index, Code code) const {
  const Slot& slot = slots_[index];
  if (code >= value_count(index)) return {};
  const std::uint32_t begin = slot.offsets[code];
  const std::uint32_t end = slot.offsets[code + 1];
  if (begin > end || end > slot.bytes.size()) return {};
  return slot.bytes.substr(begin, end - begin);
}

std::optional<std::size_t> FacetTable::index_of(Xapian::valueno slot) const {
  const auto found = std::ranges::find(slots_, slot, &Slot::slot);
  if (found == slots_.end()) return std::nullopt;
  return static_cast<std::size_t>(found - slots_.begin());
}

}  // namespace samizdat::corpus

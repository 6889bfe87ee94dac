#include "corpus/document.h"

#include <array>
#include <cstdint>
#include <utility>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace samizdat::corpus {
namespace {

constexpr std::array<std::pair<DocType, std::string_view>, 3> kTypeNames = {{
    {DocType::kArticle, "article"},
    {DocType::kComment, "comment"},
    {DocType::kQuotation, "quotation"},
}};

// The path without the extension of its last component ("a/b.txt" -> "a/b");
// a leading dot (".hidden") is not an extension.
std::string_view drop_extension(std::string_view path) {
  const auto slash = path.rfind('/');
  const std::size_t name_start = slash == std::string_view::npos ? 0 : slash + 1;
  const auto dot = path.rfind('.');
  if (dot == std::string_view::npos || dot <= name_start) return path;
  return path.substr(0, dot);
}

// Lower-cases ASCII letters, keeps other letters and digits (as UTF-8), and
// turns every run of anything else into one '-', trimmed at both ends.
std::string slug_segment(std::string_view segment) {
  std::string slug;
  bool pending_dash = false;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(segment.data());
  const auto length = static_cast<std::int32_t>(segment.size());
  for (std::int32_t pos = 0; pos < length;) {
    const std::int32_t start = pos;
    UChar32 c = 0;
    U8_NEXT(bytes, pos, length, c);
    if (c < 0 || !u_isalnum(c)) {
      pending_dash = !slug.empty();
      continue;
    }
    if (pending_dash) slug += '-';
    pending_dash = false;
    if (c < 0x80) {
      slug += static_cast<char>(u_tolower(c));
    } else {
      slug.append(segment.substr(static_cast<std::size_t>(start),
                                 static_cast<std::size_t>(pos - start)));
    }
  }
  return slug.empty() ? "-" : slug;
}

}  // namespace

std::string_view to_string(DocType type) {
  for (const auto& [value, name] : kTypeNames) {
    if (value == type) return name;
  }
  return "article";
}

std::optional<DocType> parse_doc_type(std::string_view name) {
  for (const auto& [value, type_name] : kTypeNames) {
    if (type_name == name) return value;
  }
  return std::nullopt;
}

std::string make_document_id(std::string_view relative_path) {
  const std::string_view path = drop_extension(relative_path);
  std::string id;
  std::size_t start = 0;
  while (start <= path.size()) {
    const auto slash = path.find('/', start);
    const auto end = slash == std::string_view::npos ? path.size() : slash;
    if (end > start) {
      if (!id.empty()) id += '/';
      id += slug_segment(path.substr(start, end - start));
    }
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return id;
}

}  // namespace samizdat::corpus

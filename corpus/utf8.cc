#include "corpus/utf8.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include "corpus/error.h"

namespace samizdat::corpus {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
constexpr std::size_t kBinaryProbeBytes = 8 * 1024;

// Lead byte → sequence length and the allowed range of the second byte
// (Unicode Table 3-7): the narrowed ranges exclude overlong forms,
// surrogates and code points above U+10FFFF.
struct LeadByte {
  int length = 0;  // 0: not a valid lead byte
  unsigned char second_min = 0x80;
  unsigned char second_max = 0xBF;
};

LeadByte classify_lead(unsigned char byte) {
  if (byte < 0x80) return {1};
  if (byte >= 0xC2 && byte <= 0xDF) return {2};
  if (byte == 0xE0) return {3, 0xA0, 0xBF};
  if (byte == 0xED) return {3, 0x80, 0x9F};
  if (byte >= 0xE1 && byte <= 0xEF) return {3};
  if (byte == 0xF0) return {4, 0x90, 0xBF};
  if (byte == 0xF4) return {4, 0x80, 0x8F};
  if (byte >= 0xF1 && byte <= 0xF3) return {4};
  return {0};
}

// The sequence starting at some offset: its bytes, or when it is not
// well-formed, the bytes of its maximal invalid subpart (at least 1).
struct Sequence {
  std::size_t bytes = 1;
  bool valid = false;
};

Sequence next_sequence(std::string_view text, std::size_t pos) {
  const LeadByte lead = classify_lead(static_cast<unsigned char>(text[pos]));
  if (lead.length <= 1) return {1, lead.length == 1};
  std::size_t taken = 1;
  while (taken < static_cast<std::size_t>(lead.length) && pos + taken < text.size()) {
    const auto byte = static_cast<unsigned char>(text[pos + taken]);
    const unsigned char low = taken == 1 ? lead.second_min : 0x80;
    const unsigned char high = taken == 1 ? lead.second_max : 0xBF;
    if (byte < low || byte > high) break;
    ++taken;
  }
  return {taken, taken == static_cast<std::size_t>(lead.length)};
}

bool is_control(unsigned char byte) {
  const bool allowed = byte == '\t' || byte == '\n' || byte == '\r' || byte == '\f';
  return (byte < 0x20 && !allowed) || byte == 0x7F;
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const Sequence sequence = next_sequence(text, pos);
    if (!sequence.valid) return false;
    pos += sequence.bytes;
  }
  return true;
}

Utf8Repair repair_utf8(std::string_view text) {
  Utf8Repair repair;
  repair.text.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const Sequence sequence = next_sequence(text, pos);
    if (sequence.valid) {
      repair.text.append(text.substr(pos, sequence.bytes));
      if (sequence.bytes > 1) ++repair.multibyte_characters;
    } else {
      if (repair.invalid_sequences++ == 0) repair.first_invalid_offset = pos;
      repair.text.append(kReplacement);
    }
    pos += sequence.bytes;
  }
  return repair;
}

std::string_view strip_bom(std::string_view text) {
  if (text.starts_with(kBom)) text.remove_prefix(kBom.size());
  return text;
}

bool looks_binary(std::string_view content) {
  const std::string_view probe = content.substr(0, kBinaryProbeBytes);
  if (probe.find('\0') != std::string_view::npos) return true;
  const auto controls = std::count_if(probe.begin(), probe.end(), [](char c) {
    return is_control(static_cast<unsigned char>(c));
  });
  return static_cast<std::size_t>(controls) * 10 > probe.size();
}

void require_text(std::string_view content) {
  if (looks_binary(content)) throw InputError("binary file");
}

}  // namespace samizdat::corpus

#include "corpus/citation.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/ascii.h"
#include "corpus/schema.h"

namespace samizdat::corpus {

namespace {

struct Token {
  std::string text;   // as written
  std::string lower;  // ASCII letters lower-cased
  bool number = false;
  bool used = false;
};

// A known multi-volume edition, spelt as lower-case words.
struct Edition {
  std::string_view words;
  std::string_view name;
  std::string_view author;  // implied by the name itself ("LCW"), or ""
};

// Longest spellings first: the first match wins. Authors are taken out
// before editions are looked for, so "Marx-Engels Collected Works" arrives
// here as "collected works" with the authors Marx and Engels.
constexpr std::array<Edition, 14> kEditions = {{
    {"polnoe sobranie sochinenii", "Polnoe Sobranie Sochinenii", "Lenin"},
    {"polnoe sobranie sochineniy", "Polnoe Sobranie Sochinenii", "Lenin"},
    {"gesammelte werke", "Gesammelte Werke", ""},
    {"collected works", "Collected Works", ""},
    {"selected works", "Selected Works", ""},
    {"mecw", "Marx Engels Collected Works", "Marx and Engels"},
    {"mesw", "Marx Engels Selected Works", "Marx and Engels"},
    {"mew", "Marx Engels Werke", "Marx and Engels"},
    {"lcw", "Collected Works", "Lenin"},
    {"pss", "Polnoe Sobranie Sochinenii", "Lenin"},
    {"werke", "Werke", ""},
    {"cw", "Collected Works", ""},
    {"sw", "Selected Works", ""},
    {"gw", "Gesammelte Werke", ""},
}};

// Editions whose name changes with their author (see key()), and their
// Marx-Engels name.
struct GenericEdition {
  std::string_view name;
  std::string_view marx_engels_name;
};
constexpr std::array<GenericEdition, 4> kGenericEditions = {{
    {"Collected Works", "Marx Engels Collected Works"},
    {"Selected Works", "Marx Engels Selected Works"},
    {"Gesammelte Werke", "Marx Engels Werke"},
    {"Werke", "Marx Engels Werke"},
}};

struct Author {
  std::string_view surname;    // lower case, as it may be spelt
  std::string_view canonical;  // as the author field shows it
  std::string_view given;      // space-separated given names and initials
};

constexpr std::array<Author, 22> kAuthors = {{
    {"lenin", "Lenin", "v i vladimir ilyich ilich ilych ulyanov"},
    {"marx", "Marx", "karl k"},
    {"engels", "Engels", "friedrich frederick f"},
    {"luxemburg", "Luxemburg", "rosa r"},
    {"luxembourg", "Luxemburg", "rosa r"},
    {"trotsky", "Trotsky", "leon lev l d"},
    {"trotski", "Trotsky", "leon lev l d"},
    {"trotzki", "Trotsky", "leon lev l d"},
    {"kropotkin", "Kropotkin", "peter pyotr petr p a"},
    {"bakunin", "Bakunin", "mikhail michael m"},
    {"stalin", "Stalin", "joseph josef j v"},
    {"paine", "Paine", "thomas t"},
    {"douglass", "Douglass", "frederick f"},
    {"morris", "Morris", "william w"},
    {"gramsci", "Gramsci", "antonio a"},
    {"kautsky", "Kautsky", "karl k"},
    {"plekhanov", "Plekhanov", "georgi georgy g v"},
    {"bukharin", "Bukharin", "nikolai n i"},
    {"zetkin", "Zetkin", "clara c"},
    {"mao", "Mao", "chairman"},
    {"zedong", "Mao", "mao"},
    {"tsetung", "Mao", "mao tse"},
}};

constexpr std::array<std::string_view, 6> kPageMarkers = {"p", "pp", "page", "pages", "s", "с"};
constexpr std::array<std::string_view, 10> kVolumeMarkers = {"vol", "vols", "volume", "v",   "t",
                                                             "bd",  "band", "tome",   "tom", "т"};
constexpr std::array<std::string_view, 3> kLinkWords = {"by", "and", "in"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& table, std::string_view word) {
  for (const std::string_view entry : table) {
    if (entry == word) return true;
  }
  return false;
}

bool contains_word(std::string_view words, std::string_view word) {
  std::size_t start = 0;
  while (start <= words.size()) {
    const std::size_t end = std::min(words.find(' ', start), words.size());
    if (words.substr(start, end - start) == word) return true;
    start = end + 1;
  }
  return false;
}

// Typographic punctuation, spelt in ASCII: quote marks, em dashes, ellipses
// and no-break spaces separate words, an en dash joins page ranges, a curly
// apostrophe is an apostrophe.
struct Replacement {
  std::string_view from;
  char to;
};
constexpr std::array<Replacement, 10> kTypographic = {{
    {"\xE2\x80\x9C", ' '},
    {"\xE2\x80\x9D", ' '},
    {"\xE2\x80\x98", ' '},
    {"\xC2\xAB", ' '},
    {"\xC2\xBB", ' '},
    {"\xE2\x80\x94", ' '},
    {"\xE2\x80\xA6", ' '},
    {"\xC2\xA0", ' '},
    {"\xE2\x80\x93", '-'},
    {"\xE2\x80\x99", '\''},
}};

std::string replace_typographic(std::string_view raw) {
  std::string text;
  text.reserve(raw.size());
  std::size_t at = 0;
  while (at < raw.size()) {
    const auto found =
        std::find_if(kTypographic.begin(), kTypographic.end(),
                     [&](const Replacement& r) { return raw.substr(at).starts_with(r.from); });
    if (found == kTypographic.end()) {
      text += raw[at++];
    } else {
      text += found->to;
      at += found->from.size();
    }
  }
  return text;
}

bool is_word_byte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte >= 0x80 || std::isalnum(byte) != 0;
}

// Length of a number, or a range "135-136", starting at `at`; 0 for none.
std::size_t number_length(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && is_ascii_digit(text[end])) ++end;
  if (end == at) return 0;
  std::size_t dash = end;
  while (dash < text.size() && text[dash] == ' ') ++dash;
  if (dash < text.size() && text[dash] == '-') {
    std::size_t next = dash + 1;
    while (next < text.size() && text[next] == ' ') ++next;
    std::size_t last = next;
    while (last < text.size() && is_ascii_digit(text[last])) ++last;
    if (last > next) return last - at;
  }
  return end - at;
}

Token make_token(std::string_view text) {
  Token token{std::string(text), std::string(text), is_ascii_digit(text.front())};
  for (char& c : token.lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (token.number) {
    std::erase(token.text, ' ');
    token.lower = token.text;
  }
  return token;
}

std::vector<Token> tokenise(std::string_view raw) {
  const std::string text = replace_typographic(raw);
  std::vector<Token> tokens;
  std::size_t at = 0;
  while (at < text.size()) {
    if (const std::size_t length = number_length(text, at); length > 0) {
      tokens.push_back(make_token(std::string_view(text).substr(at, length)));
      at += length;
      continue;
    }
    if (!is_word_byte(text[at])) {
      ++at;
      continue;
    }
    std::string word;
    for (; at < text.size() && (is_word_byte(text[at]) || text[at] == '\''); ++at) {
      if (text[at] != '\'') word += text[at];
    }
    if (word.size() > 1 && word.ends_with('s') && text.substr(0, at).ends_with("'s")) {
      word.pop_back();  // possessive: "Lenin's" names Lenin
    }
    if (!word.empty()) tokens.push_back(make_token(word));
  }
  return tokens;
}

int roman_digit(char c) {
  switch (c) {
    case 'i':
      return 1;
    case 'v':
      return 5;
    case 'x':
      return 10;
    case 'l':
      return 50;
    case 'c':
      return 100;
    default:
      return 0;
  }
}

// "xxvii" → "27"; "" when `word` is not a roman numeral.
std::string roman_to_arabic(std::string_view word) {
  int total = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const int value = roman_digit(word[i]);
    if (value == 0) return "";
    const int next = i + 1 < word.size() ? roman_digit(word[i + 1]) : 0;
    total += next > value ? -value : value;
  }
  return total > 0 ? std::to_string(total) : "";
}

bool is_year(const Token& token) {
  return token.number && token.text.size() == 4 && token.text >= "1500" && token.text <= "2099";
}

// "vol. 27", "p. 135", "pp. 135-6", "vol. XXVII".
void take_marked_numbers(std::vector<Token>& tokens, NormalisedCitation& citation) {
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    Token& marker = tokens[i];
    Token& value = tokens[i + 1];
    if (marker.used || value.used) continue;
    if (value.number && citation.page.empty() && contains(kPageMarkers, marker.lower)) {
      citation.page = value.text;
    } else if (contains(kVolumeMarkers, marker.lower) && citation.volume.empty()) {
      citation.volume = value.number ? value.text : roman_to_arabic(value.lower);
      if (citation.volume.empty()) continue;
    } else {
      continue;
    }
    marker.used = value.used = true;
  }
}

// Number of tokens from `at` spelling `words` (unused tokens only), or 0.
std::size_t match_words(const std::vector<Token>& tokens, std::size_t at, std::string_view words) {
  std::size_t count = 0;
  std::size_t start = 0;
  while (start < words.size()) {
    const std::size_t end = std::min(words.find(' ', start), words.size());
    const std::size_t i = at + count;
    if (i >= tokens.size() || tokens[i].used ||
        tokens[i].lower != words.substr(start, end - start)) {
      return 0;
    }
    ++count;
    start = end + 1;
  }
  return count;
}

// Bare numbers after an edition: "CW 27", "MECW 6:506", "CW 27 135".
void take_bare_numbers(std::vector<Token>& tokens, std::size_t at, NormalisedCitation& citation) {
  for (std::size_t i = at; i < tokens.size() && tokens[i].number && !tokens[i].used; ++i) {
    if (is_year(tokens[i])) continue;
    std::string& field = citation.volume.empty() ? citation.volume : citation.page;
    if (!field.empty()) return;
    field = tokens[i].text;
    tokens[i].used = true;
  }
}

const Edition* take_edition(std::vector<Token>& tokens, NormalisedCitation& citation) {
  for (const Edition& edition : kEditions) {
    for (std::size_t at = 0; at < tokens.size(); ++at) {
      const std::size_t count = match_words(tokens, at, edition.words);
      if (count == 0) continue;
      for (std::size_t i = at; i < at + count; ++i) tokens[i].used = true;
      take_bare_numbers(tokens, at + count, citation);
      return &edition;
    }
  }
  return nullptr;
}

void add_author(std::string& authors, std::string_view name) {
  if (authors.find(name) != std::string::npos) return;
  if (!authors.empty()) authors += " and ";
  authors += name;
}

// Marks a known surname and the given names, initials and "by" before it.
void take_authors(std::vector<Token>& tokens, NormalisedCitation& citation) {
  for (std::size_t at = 0; at < tokens.size(); ++at) {
    for (const Author& author : kAuthors) {
      if (tokens[at].used || tokens[at].lower != author.surname) continue;
      tokens[at].used = true;
      for (std::size_t i = at; i > 0 && !tokens[i - 1].used; --i) {
        const std::string_view before = tokens[i - 1].lower;
        if (!contains_word(author.given, before) && before != "by") break;
        // "vol. V, Lenin": the V is a volume, not Lenin's initial.
        if (i >= 2 && contains(kVolumeMarkers, tokens[i - 2].lower) &&
            !contains_word(author.given, tokens[i - 2].lower)) {
          break;
        }
        tokens[i - 1].used = true;
      }
      add_author(citation.author, author.canonical);
    }
  }
}

bool names_only_marx_engels(std::string_view authors) {
  return authors == "Marx" || authors == "Engels" || authors == "Marx and Engels" ||
         authors == "Engels and Marx";
}

// Applies the rule documented at NormalisedCitation::key().
std::string edition_name(const Edition& edition, std::string_view authors) {
  const std::string name(edition.name);
  if (authors.empty() || authors == "Lenin") return name;
  for (const GenericEdition& generic : kGenericEditions) {
    if (generic.name != name) continue;
    if (names_only_marx_engels(authors)) return std::string(generic.marx_engels_name);
    return std::string(authors) + " " + name;
  }
  return name;
}

// The unused words, in order, minus link words and years.
std::string remaining_title(const std::vector<Token>& tokens) {
  std::string title;
  for (const Token& token : tokens) {
    if (token.used || is_year(token)) continue;
    if (title.empty() && contains(kLinkWords, token.lower)) continue;
    if (!title.empty()) title += ' ';
    title += token.text;
  }
  return title;
}

}  // namespace

std::string NormalisedCitation::key() const {
  if (edition) return volume.empty() ? work : work + " " + volume;
  std::string key = author.empty() ? work : author + " " + work;
  if (!volume.empty()) key += " " + volume;
  return schema::fold_term_value(key);
}

NormalisedCitation normalise_citation(std::string_view raw) {
  NormalisedCitation citation;
  citation.raw = std::string(raw);
  std::vector<Token> tokens = tokenise(raw);
  // Authors first: their initials ("V. I. Lenin") look like volume markers.
  take_authors(tokens, citation);
  take_marked_numbers(tokens, citation);
  const Edition* const edition = take_edition(tokens, citation);
  if (edition != nullptr) {
    if (citation.author.empty()) citation.author = std::string(edition->author);
    citation.work = edition_name(*edition, citation.author);
    citation.edition = true;
  } else {
    citation.work = remaining_title(tokens);
  }
  return citation;
}

}  // namespace samizdat::corpus

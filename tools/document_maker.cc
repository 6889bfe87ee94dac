#include "tools/document_maker.h"

#include <algorithm>
#include <array>

#include "tools/quotation_pool.h"

namespace samizdat::tools {
namespace {

constexpr double kMinBytes = 300;
constexpr double kMaxBytes = 20000;
constexpr std::size_t kMinBody = 150;
constexpr int kMaxComments = 5;
constexpr double kQuotationPerSentence = 0.025;
constexpr double kQuotationPerCommentSentence = 0.03;
constexpr double kHeadingPerParagraph = 0.15;

// What each format adds around the text, so the file lands near its target.
[[nodiscard]] std::size_t overhead(OutputFormat format) {
  constexpr std::array<std::size_t, 4> kOverhead = {130, 200, 650, 260};
  return kOverhead[static_cast<std::size_t>(format)];
}

[[nodiscard]] GeneratedDate draw_date(DeterministicRandom& random) {
  const int year = random.between(kFirstYear, kLastYear);
  const int month = random.between(1, 12);
  return {year, month, random.between(1, days_in_month(year, month))};
}

[[nodiscard]] std::string draw_name(DeterministicRandom& random, const LanguageProfile& profile) {
  return std::string(pick(random, profile.first_names)) + " " +
         std::string(pick(random, profile.last_names));
}

void draw_tags(DeterministicRandom& random, const LanguageProfile& profile,
               std::vector<std::string_view>& tags) {
  tags.clear();
  for (int i = random.between(1, 3); i > 0; --i) {
    const auto tag = pick(random, profile.topic_words);
    if (std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(tag);
  }
}

// Sentences separated by spaces; each may be a quotation instead.
void append_sentences(DeterministicRandom& random, const SentenceSource& sentences,
                      const LanguageProfile& profile, int count, double quotation_odds,
                      std::string& out) {
  for (int i = 0; i < count; ++i) {
    if (i > 0) out += ' ';
    if (random.chance(quotation_odds)) {
      append_quotation(random, profile, out);
    } else {
      sentences.append_sentence(random, profile, out);
    }
  }
}

[[nodiscard]] std::size_t draw_comments(DeterministicRandom& random,
                                        const SentenceSource& sentences, GeneratedDocument& doc) {
  doc.comments.resize(static_cast<std::size_t>(random.between(0, kMaxComments)));
  std::size_t bytes = 0;
  for (auto& comment : doc.comments) {
    comment.author = draw_name(random, *doc.language);
    comment.date = doc.date.later_in_month(random.between(0, 10));
    comment.text.clear();
    append_sentences(random, sentences, *doc.language, random.between(1, 4),
                     kQuotationPerCommentSentence, comment.text);
    bytes += comment.text.size() + comment.author.size() + 80;
  }
  std::stable_sort(doc.comments.begin(), doc.comments.end(),
                   [](const auto& a, const auto& b) { return a.date.day < b.date.day; });
  return bytes;
}

// Paragraphs until the body reaches `budget` bytes; a heading now and then,
// never first and never last.
void draw_body(DeterministicRandom& random, const SentenceSource& sentences, std::size_t budget,
               GeneratedDocument& doc) {
  std::size_t used = 0;
  std::size_t count = 0;
  while (used < budget) {
    if (doc.paragraphs.size() <= count) doc.paragraphs.emplace_back();
    auto& paragraph = doc.paragraphs[count++];
    paragraph.text.clear();
    const bool previous_heading = count > 1 && doc.paragraphs[count - 2].heading;
    paragraph.heading = count > 2 && !previous_heading && budget - used > 400 &&
                        random.chance(kHeadingPerParagraph);
    if (paragraph.heading) {
      sentences.append_heading(random, *doc.language, random.between(2, 4), paragraph.text);
    } else {
      append_sentences(random, sentences, *doc.language, random.between(2, 6),
                       kQuotationPerSentence, paragraph.text);
    }
    used += paragraph.text.size() + 2;
  }
  doc.paragraphs.resize(count);
}

}  // namespace

void make_document(DeterministicRandom& random, const SentenceSource& sentences,
                   OutputFormat format, GeneratedDocument& doc) {
  doc.language = &pick_language(random);
  doc.date = draw_date(random);
  doc.title.clear();
  sentences.append_heading(random, *doc.language, random.between(3, 8), doc.title);
  doc.author = draw_name(random, *doc.language);
  doc.publication = pick(random, doc.language->publications);
  draw_tags(random, *doc.language, doc.tags);
  const auto target = static_cast<std::size_t>(random.log_uniform(kMinBytes, kMaxBytes));
  std::size_t comment_bytes = 0;
  if (format == OutputFormat::kMd) {
    doc.comments.clear();
  } else {
    comment_bytes = draw_comments(random, sentences, doc);
  }
  const auto fixed = overhead(format) + comment_bytes + doc.title.size() * 3;
  draw_body(random, sentences, std::max(kMinBody, target > fixed ? target - fixed : 0), doc);
}

}  // namespace samizdat::tools

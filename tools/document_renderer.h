// @brief Writes a generated article in one of the formats the corpus readers
// understand: a saved page (txt), Markdown with front matter, HTML or JSON.
#ifndef SAMIZDAT_TOOLS_DOCUMENT_RENDERER_H_
#define SAMIZDAT_TOOLS_DOCUMENT_RENDERER_H_

#include <optional>
#include <string>
#include <string_view>

#include "tools/generated_document.h"

namespace samizdat::tools {

enum class OutputFormat { kTxt, kMd, kHtml, kJson };

// "txt", "md", "html", "json": the format's name and file extension.
[[nodiscard]] std::string_view extension(OutputFormat format);
// Inverse of extension; nullopt for any other name.
[[nodiscard]] std::optional<OutputFormat> parse_output_format(std::string_view name);

// Replaces `out` with `doc` rendered as `format`:
//  - txt: title line, paragraphs and heading lines, the dateline, one
//    paragraph per comment, then the footer "Publication (xx)" and a blurb;
//  - md: YAML front matter (title, author, date, publication, language,
//    tags) and a body with "##" headings; comments are not written;
//  - html: <html lang>, <title>, og:title, author meta, a nav bar, an
//    <article> with <time datetime>, a comments section and a footer;
//  - json: an array holding one record (title, text, date, author,
//    publication, language, tags, comments).
// Pure function of its arguments.
void render(const GeneratedDocument& doc, OutputFormat format, std::string& out);

}  // namespace samizdat::tools

#endif  // SAMIZDAT_TOOLS_DOCUMENT_RENDERER_H_

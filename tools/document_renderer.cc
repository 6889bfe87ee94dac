#include "tools/document_renderer.h"

#include <array>
#include <cstdio>

namespace samizdat::tools {
namespace {

constexpr std::array<std::string_view, 4> kExtensions = {"txt", "md", "html", "json"};

void append_html_escaped(std::string_view text, std::string& out) {
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
}

void append_json_string(std::string_view text, std::string& out) {
  out += '"';
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20) {
      std::array<char, 8> escape{};
      std::snprintf(escape.data(), escape.size(), "\\u%04x", c);
      out += escape.data();
    } else {
      out += c;
    }
  }
  out += '"';
}

// YAML double-quoted scalars use JSON's escapes.
void append_yaml_line(std::string_view key, std::string_view value, std::string& out) {
  out += key;
  out += ": ";
  append_json_string(value, out);
  out += '\n';
}

void render_txt(const GeneratedDocument& doc, std::string& out) {
  out += doc.title;
  out += "\n\n";
  for (const auto& paragraph : doc.paragraphs) {
    out += paragraph.text;
    out += "\n\n";
  }
  out += doc.date.dateline();
  out += "\n\n";
  for (const auto& comment : doc.comments) {
    out += comment.text;
    out += "\n\n";
  }
  out += doc.publication;
  out += " (";
  out += doc.language->code;
  out += ")\n\n";
  out += doc.publication;
  out += " is written and distributed by its readers in several countries.\n";
}

void render_md(const GeneratedDocument& doc, std::string& out) {
  out += "---\n";
  append_yaml_line("title", doc.title, out);
  append_yaml_line("author", doc.author, out);
  append_yaml_line("date", doc.date.iso(), out);
  append_yaml_line("publication", doc.publication, out);
  append_yaml_line("language", doc.language->code, out);
  out += "tags:\n";
  for (const auto tag : doc.tags) {
    out += "  - ";
    append_json_string(tag, out);
    out += '\n';
  }
  out += "---\n\n";
  for (const auto& paragraph : doc.paragraphs) {
    if (paragraph.heading) out += "## ";
    out += paragraph.text;
    out += "\n\n";
  }
}

void render_html_head(const GeneratedDocument& doc, std::string& out) {
  out += "<!DOCTYPE html>\n<html lang=\"";
  out += doc.language->code;
  out += "\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
  append_html_escaped(doc.title, out);
  out += "</title>\n<meta property=\"og:title\" content=\"";
  append_html_escaped(doc.title, out);
  out += "\">\n<meta name=\"author\" content=\"";
  append_html_escaped(doc.author, out);
  out += "\">\n</head>\n<body>\n<nav><a href=\"/\">Home</a> | <a href=\"/archive\">Archive</a>"
         " | <a href=\"/about\">About</a></nav>\n";
}

void render_html_article(const GeneratedDocument& doc, std::string& out) {
  out += "<article>\n<h1>";
  append_html_escaped(doc.title, out);
  out += "</h1>\n<p class=\"byline\">";
  append_html_escaped(doc.author, out);
  out += ", <time datetime=\"";
  out += doc.date.iso();
  out += "\">";
  out += doc.date.dateline();
  out += "</time></p>\n";
  for (const auto& paragraph : doc.paragraphs) {
    out += paragraph.heading ? "<h2>" : "<p>";
    append_html_escaped(paragraph.text, out);
    out += paragraph.heading ? "</h2>\n" : "</p>\n";
  }
  out += "</article>\n";
}

void render_html_comments(const GeneratedDocument& doc, std::string& out) {
  out += "<section id=\"comments\">\n";
  for (const auto& comment : doc.comments) {
    out += "<div class=\"comment\"><span class=\"author\">";
    append_html_escaped(comment.author, out);
    out += "</span> <time datetime=\"";
    out += comment.date.iso();
    out += "\">";
    out += comment.date.iso();
    out += "</time>\n<p>";
    append_html_escaped(comment.text, out);
    out += "</p></div>\n";
  }
  out += "</section>\n";
}

void render_html(const GeneratedDocument& doc, std::string& out) {
  render_html_head(doc, out);
  render_html_article(doc, out);
  render_html_comments(doc, out);
  out += "<footer>";
  append_html_escaped(doc.publication, out);
  out += " &middot; <a href=\"/contact\">Contact</a></footer>\n</body>\n</html>\n";
}

void render_json_text(const GeneratedDocument& doc, std::string& out) {
  std::string text;
  for (const auto& paragraph : doc.paragraphs) {
    if (!text.empty()) text += "\n\n";
    text += paragraph.text;
  }
  append_json_string(text, out);
}

void render_json_comments(const GeneratedDocument& doc, std::string& out) {
  out += "[";
  for (std::size_t i = 0; i < doc.comments.size(); ++i) {
    out += i == 0 ? "\n" : ",\n";
    out += "      {\"author\": ";
    append_json_string(doc.comments[i].author, out);
    out += ", \"date\": \"";
    out += doc.comments[i].date.iso();
    out += "\", \"text\": ";
    append_json_string(doc.comments[i].text, out);
    out += "}";
  }
  out += doc.comments.empty() ? "]" : "\n    ]";
}

void render_json(const GeneratedDocument& doc, std::string& out) {
  out += "[\n  {\n    \"title\": ";
  append_json_string(doc.title, out);
  out += ",\n    \"author\": ";
  append_json_string(doc.author, out);
  out += ",\n    \"date\": \"" + doc.date.iso() + "\",\n    \"publication\": ";
  append_json_string(doc.publication, out);
  out += ",\n    \"language\": \"";
  out += doc.language->code;
  out += "\",\n    \"tags\": [";
  for (std::size_t i = 0; i < doc.tags.size(); ++i) {
    if (i > 0) out += ", ";
    append_json_string(doc.tags[i], out);
  }
  out += "],\n    \"text\": ";
  render_json_text(doc, out);
  out += ",\n    \"comments\": ";
  render_json_comments(doc, out);
  out += "\n  }\n]\n";
}

}  // namespace

std::string_view extension(OutputFormat format) {
  return kExtensions[static_cast<std::size_t>(format)];
}

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  for (std::size_t i = 0; i < kExtensions.size(); ++i) {
    if (kExtensions[i] == name) return static_cast<OutputFormat>(i);
  }
  return std::nullopt;
}

void render(const GeneratedDocument& doc, OutputFormat format, std::string& out) {
  out.clear();
  switch (format) {
    case OutputFormat::kTxt: render_txt(doc, out); break;
    case OutputFormat::kMd: render_md(doc, out); break;
    case OutputFormat::kHtml: render_html(doc, out); break;
    case OutputFormat::kJson: render_json(doc, out); break;
  }
}

}  // namespace samizdat::tools

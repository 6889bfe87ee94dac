#include "searcher/http_templates.h"

#include <fstream>
#include <sstream>
#include <system_error>

#include "corpus/error.h"
#include "searcher/http_embedded_files.h"

namespace samizdat::searcher {
namespace {

constexpr std::string_view kTemplateSuffix = ".mustache";
// Templates named "_NAME.mustache" are partials: {{> _NAME}} in any template.
constexpr std::string_view kPartialPrefix = "_";

[[nodiscard]] bool is_template(std::string_view name) { return name.ends_with(kTemplateSuffix); }

[[nodiscard]] std::string read_whole_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  if (!in) throw InputError("cannot read template '" + path.string() + "'");
  return content.str();
}

void check_parses(const std::string& name, const std::string& text) {
  const kainjow::mustache::mustache parsed(text);
  if (!parsed.is_valid()) {
    throw InputError("template '" + name + "' does not parse: " + parsed.error_message());
  }
}

}  // namespace

TemplateSet::TemplateSet(const std::optional<std::filesystem::path>& override_dir) {
  std::error_code error;
  if (override_dir && !std::filesystem::is_directory(*override_dir, error)) {
    throw InputError("--templates '" + override_dir->string() + "' is not a folder");
  }
  for (const auto& file : embedded_files()) {
    std::string name(file.name);
    const auto replacement = override_dir ? *override_dir / name : std::filesystem::path();
    const bool overridden = override_dir && std::filesystem::is_regular_file(replacement, error);
    auto content = overridden ? read_whole_file(replacement) : std::string(file.content);
    if (is_template(name)) check_parses(overridden ? replacement.string() : name, content);
    files_.emplace(std::move(name), std::move(content));
  }
}

std::string TemplateSet::render(std::string_view name, const kainjow::mustache::data& data) const {
  const auto found = files_.find(std::string(name) + std::string(kTemplateSuffix));
  if (found == files_.end()) throw std::out_of_range("no template " + std::string(name));
  kainjow::mustache::mustache parsed(found->second);
  kainjow::mustache::data with_partials = data;
  add_partials(with_partials);
  return parsed.render(with_partials);
}

void TemplateSet::add_partials(kainjow::mustache::data& data) const {
  for (const auto& [file, content] : files_) {
    if (!file.starts_with(kPartialPrefix) || !is_template(file)) continue;
    const std::string_view text = content;
    data.set(file.substr(0, file.size() - kTemplateSuffix.size()),
             kainjow::mustache::partial([text] { return std::string(text); }));
  }
}

std::optional<std::string_view> TemplateSet::static_file(std::string_view name) const {
  const auto found = files_.find(name);
  if (found == files_.end() || is_template(name)) return std::nullopt;
  return found->second;
}

}  // namespace samizdat::searcher

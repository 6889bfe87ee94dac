// @brief The page templates and static files of samizdat-serve: the embedded
// ones, each overridable by a file of the same name in a --templates folder.
#ifndef SAMIZDAT_SEARCHER_HTTP_TEMPLATES_H_
#define SAMIZDAT_SEARCHER_HTTP_TEMPLATES_H_

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <kainjow/mustache.hpp>

namespace samizdat::searcher {

// Mustache templates ("NAME.mustache") and static files ("style.css").
// Immutable after construction, so one set is shared by every thread.
class TemplateSet {
 public:
  // The embedded files; with `override_dir`, each file found there under the
  // same name replaces the embedded one (other files there are ignored).
  // @exception InputError when `override_dir` is not a readable folder, or a
  //            template does not parse (naming the file and Mustache's reason).
  explicit TemplateSet(const std::optional<std::filesystem::path>& override_dir = std::nullopt);

  // Renders template NAME.mustache with `data`; {{x}} is HTML-escaped,
  // {{{x}}} is inserted as it is, and {{> _PART}} inserts _PART.mustache.
  // @exception std::out_of_range for a template that does not exist.
  [[nodiscard]] std::string render(std::string_view name,
                                   const kainjow::mustache::data& data) const;

  // A static file ("style.css"), or nullopt: only embedded names are served,
  // so a request can never reach another file.
  [[nodiscard]] std::optional<std::string_view> static_file(std::string_view name) const;

 private:
  void add_partials(kainjow::mustache::data& data) const;

  std::map<std::string, std::string, std::less<>> files_;
};

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_HTTP_TEMPLATES_H_

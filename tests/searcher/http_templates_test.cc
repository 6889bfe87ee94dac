#include "searcher/http_templates.h"

#include <gtest/gtest.h>

#include "corpus/error.h"
#include "tests/temp_dir.h"

namespace samizdat::searcher {
namespace {

TEST(HttpTemplatesTest, RendersEmbeddedTemplatesEscapingVariables) {
  const TemplateSet templates;
  kainjow::mustache::data data;
  data.set("heading", std::string("<Oops & \"so\">"));
  data.set("message", std::string("m"));
  const auto html = templates.render("error", data);
  EXPECT_NE(html.find("<h1>&lt;Oops &amp; &quot;so&quot;&gt;</h1>"), std::string::npos) << html;
}

TEST(HttpTemplatesTest, ServesOnlyEmbeddedStaticFiles) {
  const TemplateSet templates;
  ASSERT_TRUE(templates.static_file("style.css"));
  EXPECT_NE(templates.static_file("style.css")->find("prefers-color-scheme"), std::string::npos);
  EXPECT_FALSE(templates.static_file("layout.mustache"));
  EXPECT_FALSE(templates.static_file("../style.css"));
  EXPECT_FALSE(templates.static_file("/etc/passwd"));
}

TEST(HttpTemplatesTest, AFolderOverridesTemplatesAndStylesheetByName) {
  const testing::TempDir directory;
  directory.write("error.mustache", "custom {{message}}");
  directory.write("style.css", "body { color: red }");
  directory.write("other.css", "ignored");
  const TemplateSet templates(directory.path());
  kainjow::mustache::data data;
  data.set("message", std::string("<x>"));
  EXPECT_EQ(templates.render("error", data), "custom &lt;x&gt;");
  EXPECT_EQ(*templates.static_file("style.css"), "body { color: red }");
  EXPECT_FALSE(templates.static_file("other.css"));
  EXPECT_NE(templates.render("about", data).find("About this archive"), std::string::npos);
}

TEST(HttpTemplatesTest, RejectsABrokenTemplateAtStart) {
  const testing::TempDir directory;
  const auto file = directory.write("search.mustache", "{{#results}} never closed");
  try {
    const TemplateSet templates(directory.path());
    ADD_FAILURE() << "accepted a broken template";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), "template '" + file.string() +
                                         "' does not parse: Unclosed section \"results\" at 0");
  }
}

TEST(HttpTemplatesTest, RejectsAMissingFolder) {
  const testing::TempDir directory;
  const auto missing = directory.path() / "missing";
  try {
    const TemplateSet templates(missing);
    ADD_FAILURE() << "accepted a missing folder";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), "--templates '" + missing.string() + "' is not a folder");
  }
}

}  // namespace
}  // namespace samizdat::searcher

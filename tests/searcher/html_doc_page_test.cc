#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "searcher/html_render.h"

namespace samizdat::searcher {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// An article whose text has the two headings its reader recorded.
[[nodiscard]] DocumentView article_with_sections() {
  DocumentView view;
  view.document.id = "1917/a";
  view.document.title = "Notes";
  view.document.text = "Opening words.\n\nWhat the Councils Did\n\nThey ran the railways.\n\nWhere It Went Wrong\n\nLater.";
  for (const std::string heading : {"What the Councils Did", "Where It Went Wrong"}) {
    view.document.sections.push_back({heading, view.document.text.find(heading)});
  }
  return view;
}

[[nodiscard]] std::string render(const DocumentView& view, const std::optional<corpus::Document>& parent = {}) {
  return render_doc_page(TemplateSet(), view, parent, PageSearch{});
}

TEST(HtmlDocPageTest, SectionHeadingsAreHeadingsListedInTheContents) {
  const auto html = render(article_with_sections());
  EXPECT_THAT(html, HasSubstr("<p>Opening words.</p>"));
  EXPECT_THAT(html, HasSubstr("<h2 id=\"s1\">What the Councils Did</h2>"));
  EXPECT_THAT(html, HasSubstr("<h2 id=\"s2\">Where It Went Wrong</h2>"));
  EXPECT_THAT(html, HasSubstr("<li><a href=\"#s1\">What the Councils Did</a></li>"
                              "<li><a href=\"#s2\">Where It Went Wrong</a></li>"));
}

TEST(HtmlDocPageTest, OneSectionNeedsNoContents) {
  auto view = article_with_sections();
  view.document.sections.pop_back();
  const auto html = render(view);
  EXPECT_THAT(html, HasSubstr("<h2 id=\"s1\">What the Councils Did</h2>"));
  EXPECT_THAT(html, HasSubstr("<p>Where It Went Wrong</p>"));
  EXPECT_THAT(html, Not(HasSubstr("class=\"contents\"")));
}

TEST(HtmlDocPageTest, ASectionThatIsNotAParagraphOfItsOwnStaysText) {
  auto view = article_with_sections();
  view.document.sections[1].offset += 6;  // "It Went Wrong": inside a paragraph
  view.document.sections[0].heading = "What the Councils";  // a paragraph's beginning only
  const auto html = render(view);
  EXPECT_THAT(html, Not(HasSubstr("<h2 id=")));
  EXPECT_THAT(html, HasSubstr("<p>What the Councils Did</p>"));
}

TEST(HtmlDocPageTest, ACommentsPageIsTitledByItsArticle) {
  DocumentView view;
  view.document.id = "1917/a#c1";
  view.document.type = corpus::DocType::kComment;
  view.document.parent_id = "1917/a";
  view.document.authors = {"Reader One"};
  view.document.text = "Agreed.";
  const auto parent = article_with_sections().document;
  EXPECT_THAT(render(view, parent), HasSubstr("<h1>A comment by Reader One on “Notes”</h1>"));
  EXPECT_THAT(render(view), HasSubstr("<h1>A comment by Reader One</h1>"));
}

}  // namespace
}  // namespace samizdat::searcher

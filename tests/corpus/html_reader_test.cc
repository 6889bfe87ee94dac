#include "corpus/html_reader.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace samizdat::corpus {
namespace {

std::vector<Document> read_html(const std::string& html) {
  return HtmlReader().read(html, CorpusConfig{});
}

const char* const kBlogPage = R"(<!DOCTYPE html>
<html lang="en-US">
<head>
  <title>The Significance | Site</title>
  <meta property="og:title" content="The Significance of the Russian Revolution">
  <meta name="author" content="Joseph Kishore">
  <meta property="og:site_name" content="World Socialist Web Site">
  <style>p { color: red }</style>
  <script>var x = "<p>not text</p>";</script>
</head>
<body class="single comments-open">
  <nav><a href="/">Home</a> <a href="/about">About</a></nav>
  <header class="site-header">Site banner</header>
  <article class="post">
    <h1>The Significance of the Russian Revolution</h1>
    <p class="dateline">Friday, October 6, 2017</p>
    <p>One hundred years ago, the <b>working class</b> took power.</p>
    <div>A second&nbsp;paragraph<br>after a break.</div>
    <h2>Lenin's return</h2>
    <ul><li>First point</li><li>Second point</li></ul>
    <aside>Related: other articles</aside>
    <form><input name="q"><button>Search</button></form>
  </article>
  <section id="comments">
    <h3>2 Comments</h3>
    <div class="comment">
      <span class="comment-author">Reader One</span>
      <time datetime="2017-10-07">October 7, 2017</time>
      <p>Excellent analysis.</p>
    </div>
    <div class="comment">
      <span class="author">Reader Two</span>
      <p>I disagree with the second point.</p>
    </div>
    <div class="comment-respond"><h3>Leave a Reply</h3></div>
  </section>
  <footer>Copyright</footer>
</body>
</html>)";

TEST(HtmlReaderTest, ReadsTitleAuthorDateAndLanguage) {
  const auto documents = read_html(kBlogPage);
  ASSERT_FALSE(documents.empty());
  const Document& article = documents[0];
  EXPECT_EQ(article.type, DocType::kArticle);
  EXPECT_EQ(article.title, "The Significance of the Russian Revolution");
  EXPECT_EQ(article.authors, (std::vector<std::string>{"Joseph Kishore"}));
  EXPECT_EQ(article.date, (Date{2017, 10, 6}));
  EXPECT_EQ(article.language, "en");
  EXPECT_EQ(article.publication, "World Socialist Web Site");
}

TEST(HtmlReaderTest, KeepsMainTextAsParagraphsAndDropsPageChrome) {
  const Document article = read_html(kBlogPage)[0];
  EXPECT_EQ(article.text,
            "Friday, October 6, 2017\n\n"
            "One hundred years ago, the working class took power.\n\n"
            "A second\u00a0paragraph\n\nafter a break.\n\n"
            "Lenin's return\n\nFirst point\n\nSecond point");
  ASSERT_EQ(article.sections.size(), 1U);
  EXPECT_EQ(article.sections[0].heading, "Lenin's return");
  EXPECT_EQ(article.text.substr(article.sections[0].offset, 14), "Lenin's return");
}

TEST(HtmlReaderTest, SplitsCommentsFromArticle) {
  const auto documents = read_html(kBlogPage);
  ASSERT_EQ(documents.size(), 3U);
  EXPECT_EQ(documents[1].type, DocType::kComment);
  EXPECT_EQ(documents[1].authors, (std::vector<std::string>{"Reader One"}));
  EXPECT_EQ(documents[1].date, (Date{2017, 10, 7}));
  EXPECT_EQ(documents[1].text, "Excellent analysis.");
  EXPECT_EQ(documents[2].authors, (std::vector<std::string>{"Reader Two"}));
  EXPECT_TRUE(documents[2].date.empty());
  EXPECT_EQ(documents[2].text, "I disagree with the second point.");
  EXPECT_EQ(documents[0].text.find("Excellent"), std::string::npos);
}

TEST(HtmlReaderTest, ReadsWordPressStyleNestedComments) {
  const auto documents = read_html(R"(<html><body><main><p>Post body.</p></main>
    <div id="comments" class="comments-area"><ol class="comment-list">
      <li id="comment-1" class="comment even depth-1 comment-author-admin">
        <article class="comment-body">
          <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Ann</b></div>
            <time datetime="2020-01-02T10:00:00+00:00">January 2, 2020</time></footer>
          <div class="comment-content"><p>First!</p></div>
        </article>
        <ol class="children"><li id="comment-2" class="comment odd depth-2">
          <article class="comment-body"><div class="comment-author">Bob</div>
            <div class="comment-content"><p>A reply.</p></div></article></li></ol>
      </li></ol></div></body></html>)");
  ASSERT_EQ(documents.size(), 3U);
  EXPECT_EQ(documents[0].text, "Post body.");
  EXPECT_EQ(documents[1].authors, (std::vector<std::string>{"Ann"}));
  EXPECT_EQ(documents[1].date, (Date{2020, 1, 2}));
  EXPECT_EQ(documents[1].text, "First!");
  EXPECT_EQ(documents[2].authors, (std::vector<std::string>{"Bob"}));
  EXPECT_EQ(documents[2].text, "A reply.");
}

TEST(HtmlReaderTest, PicksTitleAuthorAndDateFromTheirFallbacks) {
  const struct {
    std::string html;
    std::string title;
    std::string author;
    Date date;
  } cases[] = {
      {"<title>Only title</title><p>x</p>", "Only title", "", {}},
      {"<title>T</title><h1>Heading <i>one</i></h1><h1>Two</h1>", "Heading one", "", {}},
      {R"(<meta property="article:author" content="A. Writer"><meta
          property="article:published_time" content="2019-03-04T05:06:07Z"><p>x</p>)",
       "", "A. Writer", {2019, 3, 4}},
      {"<article><time>March 1917</time><p>x</p></article>", "", "", {1917, 3, 0}},
      {"<p>Intro</p><p>6 October 2017</p><p>Body</p>", "", "", {2017, 10, 6}},
      {"<p>a</p><p>b</p><p>c</p><p>1917</p>", "", "", {}},  // too late to be a dateline
  };
  for (const auto& c : cases) {
    const Document article = read_html(c.html)[0];
    EXPECT_EQ(article.title, c.title) << c.html;
    EXPECT_EQ(article.authors.empty() ? "" : article.authors[0], c.author) << c.html;
    EXPECT_EQ(article.date, c.date) << c.html;
  }
}

TEST(HtmlReaderTest, PrefersArticleThenMainThenBody) {
  EXPECT_EQ(read_html("<body><p>Body</p><main><p>Main</p></main></body>")[0].text, "Main");
  EXPECT_EQ(read_html("<main><p>M</p><article><p>Art</p></article></main>")[0].text, "Art");
  EXPECT_EQ(read_html("<body><p>Body only</p></body>")[0].text, "Body only");
}

TEST(HtmlReaderTest, ReadsBrokenHtmlAsBrowsersDo) {
  const auto documents = read_html("<p>Unclosed <b>bold<p>Next &amp; last");
  ASSERT_EQ(documents.size(), 1U);
  EXPECT_EQ(documents[0].text, "Unclosed bold\n\nNext & last");
  EXPECT_EQ(read_html("")[0].text, "");
}

TEST(HtmlReaderTest, LanguageIsThePrimarySubtag) {
  EXPECT_EQ(read_html(R"(<html lang="RU"><p>x</p>)")[0].language, "ru");
  EXPECT_EQ(read_html(R"(<html lang="pt_BR"><p>x</p>)")[0].language, "pt");
  EXPECT_EQ(read_html("<p>x</p>")[0].language, "");
}

}  // namespace
}  // namespace samizdat::corpus

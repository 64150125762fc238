using System.Text;
using Janalyq.Markup;

namespace Janalyq.Tests.Markup;

/// <summary>The tree <see cref="PageParser"/> builds, rule by rule, as the HTML standard (and AngleSharp) build it.</summary>
public class PageParserTests
{
    private static string Body(string html) => PageParser.Parse(html).Body.InnerHtml;

    private static string Text(string html) => PageParser.Parse(html).Body.TextContent;

    [Fact]
    public void Empty_string_gives_html_head_and_empty_body()
    {
        var doc = PageParser.Parse("");
        Assert.Equal("html", doc.DocumentElement.LocalName);
        Assert.Same(doc.Head, doc.DocumentElement.FirstElementChild);
        Assert.Same(doc.Body, doc.Head.NextElementSibling);
        Assert.Null(doc.Head.FirstChild);
        Assert.Null(doc.Body.FirstChild);
        Assert.Equal("<html><head></head><body></body></html>", doc.ToString());
    }

    [Fact]
    public void Html_head_and_body_are_implied_and_their_tags_merge_attributes()
    {
        var doc = PageParser.Parse("<html lang=kk><head><title>T</title></head><body class=a>x<body class=b id=i>y</body></html>z");
        Assert.Equal("kk", doc.DocumentElement.GetAttribute("lang"));
        Assert.Equal("a", doc.Body.GetAttribute("class"));
        Assert.Equal("i", doc.Body.GetAttribute("id"));
        Assert.Equal("xyz", doc.Body.TextContent);
        Assert.Equal("<title>T</title>", doc.Head.InnerHtml);
        Assert.Equal("hello", Text("hello"));
    }

    [Fact]
    public void Metas_links_and_title_stay_in_the_head_until_the_first_content()
    {
        var doc = PageParser.Parse("<!DOCTYPE html>\n<meta charset=utf-8>\n<title>A &amp; B</title><link rel=canonical href=/a><script>s</script>  <p>x<meta name=late>");
        Assert.Equal(["meta", "title", "link", "script"], doc.Head.Children.Select(e => e.LocalName));
        Assert.Equal("A & B", doc.Head.FirstByTag("title")!.TextContent);
        Assert.Equal("<p>x<meta name=\"late\"></p>", doc.Body.InnerHtml);
    }

    [Fact]
    public void A_noscript_in_the_head_holds_links_and_metas_and_any_other_tag_closes_it()
    {
        var doc = PageParser.Parse("<head><noscript><link rel=stylesheet href=a><meta name=x></noscript><title>t</title><noscript><img src=p></noscript></head><p>x");
        Assert.Equal(["noscript", "title", "noscript"], doc.Head.Children.Select(e => e.LocalName));
        Assert.Equal(["link", "meta"], doc.Head.FirstElementChild!.Children.Select(e => e.LocalName));
        Assert.Equal("<img src=\"p\"><p>x</p>", doc.Body.InnerHtml);
        Assert.Equal("<noscript></noscript>", PageParser.Parse("<noscript>text</noscript>").Head.InnerHtml);
    }

    [Fact]
    public void A_template_in_the_head_leaves_the_head_open_and_its_content_out()
    {
        var doc = PageParser.Parse("<head><template><p>x</p><template>y</template></template><title>t</title></head><p>z");
        Assert.Equal(["template", "title"], doc.Head.Children.Select(e => e.LocalName));
        Assert.Null(doc.Head.FirstElementChild!.FirstChild);
        Assert.Equal("<p>z</p>", doc.Body.InnerHtml);
    }

    [Fact]
    public void Text_before_the_body_starts_it()
    {
        var doc = PageParser.Parse("<title>t</title> words <meta name=a>");
        Assert.Equal("words ", doc.Body.FirstChild is TextNode t ? t.Data : null);
        Assert.Equal("meta", doc.Body.FirstElementChild!.LocalName);
    }

    [Theory]
    [InlineData("<p>a<br>b<img src=x>c<input>d<hr>", "<p>a<br>b<img src=\"x\">c<input>d</p><hr>")]
    [InlineData("<p>a<br/>b<wbr></wbr>c</p>", "<p>a<br>b<wbr>c</p>")]
    [InlineData("<div/>x", "<div>x</div>")]
    [InlineData("<image src=a>", "<img src=\"a\">")]
    public void Void_elements_have_no_content_and_html_self_closing_is_ignored(string html, string expected) => Assert.Equal(expected, Body(html));

    [Fact]
    public void Script_and_style_are_raw_text_and_title_and_textarea_decode_references()
    {
        var doc = PageParser.Parse("<p>x<script>if (a<b) s = '</p>&amp;';</SCRIPT >y<style>a > b { content: '&lt;' }</style><textarea>&lt;b&gt;</textarea><title>&quot;q&quot;</title>");
        Assert.Equal("if (a<b) s = '</p>&amp;';", doc.Body.FirstByTag("script")!.TextContent);
        Assert.Equal("a > b { content: '&lt;' }", doc.Body.FirstByTag("style")!.TextContent);
        Assert.Equal("<b>", doc.Body.FirstByTag("textarea")!.TextContent);
        Assert.Equal("\"q\"", doc.Body.FirstByTag("title")!.TextContent);
        Assert.Equal(["script", "style", "textarea", "title"], doc.Body.FirstElementChild!.Children.Select(e => e.LocalName));
    }

    [Theory]
    [InlineData("<pre>\nx</pre><textarea>\ny</textarea><listing>\nz</listing>", "xyz")]
    [InlineData("<pre>\n\nx\n</pre>", "\nx\n")]
    [InlineData("<pre> \nx</pre>", " \nx")]
    public void A_line_feed_right_after_pre_listing_or_textarea_is_dropped(string html, string expected) => Assert.Equal(expected, Text(html));

    [Fact]
    public void Unterminated_script_takes_the_rest_of_the_page()
    {
        var doc = PageParser.Parse("<p>a<script>var x = '<p>b</p>'");
        Assert.Equal("var x = '<p>b</p>'", doc.Body.FirstByTag("script")!.TextContent);
        Assert.Single(doc.Body.QuerySelectorAll("p"));
    }

    [Theory]
    [InlineData("<p>a<div>b</div>", "<p>a</p><div>b</div>")]
    [InlineData("<p>a<p>b", "<p>a</p><p>b</p>")]
    [InlineData("<p>a<span>b<ul><li>c</ul>", "<p>a<span>b</span></p><ul><li>c</li></ul>")]
    [InlineData("<p>a<table><tr><td>b</table>", "<p>a</p><table><tbody><tr><td>b</td></tr></tbody></table>")]
    [InlineData("<p><button><p>a</button>b", "<p><button><p>a</p></button>b</p>")]
    public void A_block_closes_an_open_paragraph(string html, string expected) => Assert.Equal(expected, Body(html));

    [Theory]
    [InlineData("<ul><li>a<li>b</ul>", "<ul><li>a</li><li>b</li></ul>")]
    [InlineData("<ul><li>a<ul><li>b</ul><li>c</ul>", "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>")]
    [InlineData("<ul><li><div>a<li>b</div></ul>", "<ul><li><div>a</div></li><li>b</li></ul>")]
    [InlineData("<dl><dt>a<dd>b<dt>c<dd>d</dl>", "<dl><dt>a</dt><dd>b</dd><dt>c</dt><dd>d</dd></dl>")]
    [InlineData("<ol><li>a</li></li>b</ol>", "<ol><li>a</li>b</ol>")]
    public void List_items_close_the_open_one(string html, string expected) => Assert.Equal(expected, Body(html));

    [Theory]
    [InlineData("<h1>a<h2>b</h2>", "<h1>a</h1><h2>b</h2>")]
    [InlineData("<h1>a</h2>b", "<h1>a</h1>b")]
    [InlineData("<h2><span>a</h2>b", "<h2><span>a</span></h2>b")]
    public void Headings_close_headings(string html, string expected) => Assert.Equal(expected, Body(html));

    [Theory]
    [InlineData("<table><tr><td>a<td>b<tr><td>c</table>", "<table><tbody><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></tbody></table>")]
    [InlineData("<table><td>x</table>", "<table><tbody><tr><td>x</td></tr></tbody></table>")]
    [InlineData("<table class=t><tr class=r><td class=c>x</table>", "<table class=\"t\"><tbody><tr class=\"r\"><td class=\"c\">x</td></tr></tbody></table>")]
    [InlineData("<table><thead><tr><th>h<tbody><tr><td>d</table>", "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>")]
    [InlineData("<table><col class=a><col><tr><td>x</table>", "<table><colgroup><col class=\"a\"><col></colgroup><tbody><tr><td>x</td></tr></tbody></table>")]
    [InlineData("<table><tr><td><table><tr><td>in</table>out</table>", "<table><tbody><tr><td><table><tbody><tr><td>in</td></tr></tbody></table>out</td></tr></tbody></table>")]
    [InlineData("<td>a</td><tr>b", "ab")]
    public void Tables_get_their_implied_tbody_and_tr(string html, string expected) => Assert.Equal(expected, Body(html));

    [Theory]
    [InlineData("<div>a</span>b</div></div>c", "<div>ab</div>c")]
    [InlineData("</td></table></li>x", "x")]
    [InlineData("<div><span>a</div>b", "<div><span>a</span></div>b")]
    [InlineData("</body></html>x", "x")]
    [InlineData("<div><noscript><div>a</noscript>b</div>c</div>", "<div><noscript><div>ab</div>c</noscript></div>")]
    public void Stray_end_tags_are_ignored(string html, string expected) => Assert.Equal(expected, Body(html));

    [Theory]
    [InlineData("a</p>b", "a<p></p>b")]
    [InlineData("<p class=x>a</p></p>", "<p class=\"x\">a</p><p></p>")]
    [InlineData("<i class=x>a</br>b", "<i class=\"x\">a<br>b</i>")]
    public void Stray_p_and_br_end_tags_make_elements_without_attributes(string html, string expected) => Assert.Equal(expected, Body(html));

    [Theory]
    [InlineData("<p><svg><path d='M0'/><circle/></svg>x</p>", "<p><svg><path d=\"M0\"></path><circle></circle></svg>x</p>")]
    [InlineData("<svg><title>a<b>c</b></title><style>x</style></svg>", "<svg><title>a<b>c</b></title><style>x</style></svg>")]
    [InlineData("<svg><g><p>x</p></svg>", "<svg><g></g></svg><p>x</p>")]
    [InlineData("<svg><![CDATA[a<b]]></svg>", "<svg>a&lt;b</svg>")]
    [InlineData("<svg><image href=a /></svg>", "<svg><image href=\"a\"></image></svg>")]
    [InlineData("<math><mi><b>x</b></mi></math>", "<math><mi><b>x</b></mi></math>")]
    [InlineData("<svg><foreignObject><div>x</div></foreignObject></svg>", "<svg><foreignobject><div>x</div></foreignobject></svg>")]
    [InlineData("<svg><html/><head/></svg>x", "<svg><html></html></svg>x")]
    [InlineData("<svg><g></p>x</svg>", "<svg><g></g></svg><p></p>x")]
    [InlineData("<p><mi>a</p>b", "<p><mi>a</mi></p>b")]
    public void Svg_and_math_are_foreign_content(string html, string expected) => Assert.Equal(expected, Body(html));

    [Theory]
    [InlineData("&amp;&lt;&gt;&quot;&copy;&hellip;&laquo;&raquo;&mdash;", "&<>\"©…«»—")]
    [InlineData("&#1058;&#x41;&#X42;&#128512;", "ТAB😀")]
    [InlineData("&copy 2024 &nbspx &notit; &ampz", "© 2024 \u00A0x ¬it; &z")]
    [InlineData("&foo; & &; &#; &#x; a&b", "&foo; & &; &#; &#x; a&b")]
    [InlineData("&NotNestedGreaterGreater;&Cconint;", "\u2AA2\u0338\u2230")]
    [InlineData("&#128;&#150;&#x9F;&#x81;", "\u20AC\u2013\u0178\u0081")]
    [InlineData("&#0;&#xD800;&#x110000;&#99999999999;", "\uFFFD\uFFFD\uFFFD\uFFFD")]
    public void Character_references_in_text(string html, string expected) => Assert.Equal(expected, Text(html));

    [Theory]
    [InlineData("<a href=\"?a=1&copy=2&amp;b=3\">", "?a=1&copy=2&b=3")]
    [InlineData("<a href='&copy 2024'>", "© 2024")]
    [InlineData("<a href=?x&ampy&lt;>", "?x&ampy<")]
    [InlineData("<a href=\"&#x20AC;&euro;&#128;\">", "€€€")]
    public void Character_references_in_attributes(string html, string expected) =>
        Assert.Equal(expected, PageParser.Parse(html).Body.FirstElementChild!.GetAttribute("href"));

    [Fact]
    public void Attributes_first_duplicate_wins_and_names_are_lowercase()
    {
        var e = PageParser.Parse("<DIV CLASS=Big class=small ID='x' Data-Src = \"a b\" hidden title=t/>").Body.FirstElementChild!;
        Assert.Equal("div", e.LocalName);
        Assert.Equal("Big", e.GetAttribute("class"));
        Assert.Equal("x", e.Id);
        Assert.Equal("a b", e.GetAttribute("data-src"));
        Assert.Equal("", e.GetAttribute("hidden"));
        Assert.Equal("t/", e.GetAttribute("title"));
        Assert.Equal(["class", "id", "data-src", "hidden", "title"], e.Attributes.ToArray().Select(a => a.Name));
        Assert.Null(e.GetAttribute("CLASS"));
    }

    [Theory]
    [InlineData("<a href=/x?a=1 title=t>y</a>", "/x?a=1")]
    [InlineData("<a href=a\"b'c>y</a>", "a\"b'c")]
    [InlineData("<a href = 'q' >y</a>", "q")]
    public void Unquoted_and_spaced_attribute_values(string html, string href) => Assert.Equal(href, PageParser.Parse(html).Body.FirstElementChild!.GetAttribute("href"));

    [Theory]
    [InlineData("a<!-- <p>x</p> -->b", "ab")]
    [InlineData("a<!-->b", "ab")]
    [InlineData("a<!--->b", "ab")]
    [InlineData("a<!-- x --!>b", "ab")]
    [InlineData("a<!-- -- > --->b", "ab")]
    [InlineData("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\">a<?xml version=\"1.0\"?>b<!bogus>c", "abc")]
    [InlineData("a< b <3 c</ d", "a< b <3 c")]
    public void Comments_doctypes_and_bogus_markup_leave_no_nodes(string html, string expected) => Assert.Equal(expected, Text(html));

    [Theory]
    [InlineData("<p>a<div class='x", "<p>a</p>")]
    [InlineData("<p>a<b", "<p>a</p>")]
    [InlineData("<p>a<img src=x", "<p>a</p>")]
    [InlineData("<p>a</p", "<p>a</p>")]
    [InlineData("<p>a<!-- b", "<p>a</p>")]
    [InlineData("<p>a<!", "<p>a</p>")]
    public void The_page_ending_inside_a_tag_or_comment_drops_it(string html, string expected) => Assert.Equal(expected, Body(html));

    [Fact]
    public void Nul_characters_are_dropped_from_text_and_replaced_in_attributes()
    {
        var doc = PageParser.Parse("<p title=\"a\0b\">c\0d</p><textarea>e\0f</textarea>");
        Assert.Equal("a\uFFFDb", doc.Body.FirstElementChild!.GetAttribute("title"));
        Assert.Equal("cde\uFFFDf", doc.Body.TextContent);
    }

    [Fact]
    public void A_form_inside_a_form_is_ignored_and_the_end_tag_leaves_inner_elements_open()
    {
        Assert.Equal("<form class=\"a\"><div><input></div></form><p>x</p>", Body("<form class=a><div><form class=b><input></form></div><p>x"));
        Assert.Equal("<div><form><div class=\"b\">after</div></form></div>", Body("<div><form><div class=b></form>after</div>"));
    }

    [Fact]
    public void Misnested_formatting_keeps_its_text_in_place()
    {
        // Browsers' adoption agency would clone the b; the text and its block stay the same without it.
        Assert.Equal("abc", Text("<b>a<p>b</b>c</p>"));
        Assert.Equal("<a href=\"1\">x</a><a href=\"2\">y</a>", Body("<a href=1>x<a href=2>y"));
    }

    [Fact]
    public void Carriage_returns_become_line_feeds()
    {
        Assert.Equal("a\nb\nc", Text("a\r\nb\rc"));
    }

    [Fact]
    public void Hundred_thousand_nested_divs_neither_overflow_the_stack_nor_crawl()
    {
        const int depth = 100_000;
        var html = string.Concat(Enumerable.Repeat("<div>", depth)) + "x" + string.Concat(Enumerable.Repeat("</div>", depth));
        var doc = PageParser.Parse(html);
        Assert.Equal("x", doc.Body.TextContent);
        Assert.Equal(depth, doc.Body.Descendants().Count());
        var deepest = doc.Body.Descendants().Last();
        Assert.Equal("x", deepest.TextContent);
        Assert.Equal(html.Length + "<body></body>".Length, doc.Body.OuterHtml.Length);
        Assert.Same(doc.Body.FirstElementChild, deepest.Closest("body > div"));
        Assert.Equal(depth, doc.Body.QuerySelectorAll("div").Count);
        Assert.Equal(depth + 3, doc.ElementCount);
    }

    private const string Alphabet = "<>/!-&#;=\"' \nabpdivtrs";

    [Fact]
    public void Binary_junk_and_broken_markup_always_give_a_document()
    {
        var random = new Random(42);
        var bytes = new byte[64 * 1024];
        for (var round = 0; round < 20; round++)
        {
            random.NextBytes(bytes);
            // Bias towards markup characters so that the tokenizer's every state is reached.
            for (var i = 0; i < bytes.Length; i += random.Next(1, 8)) bytes[i] = (byte)Alphabet[random.Next(Alphabet.Length)];
            var doc = PageParser.Parse(Encoding.Latin1.GetString(bytes));
            Assert.NotNull(doc.Body);
            _ = doc.Body.OuterHtml;
        }
        foreach (var junk in new[] { "<", "</", "<!", "<!-", "<!--", "&", "&#", "&#x", "<a b", "<a b=", "<a b='", "<table><", "<svg><![CDATA[", "\0", "<\0>" })
            Assert.NotNull(PageParser.Parse(junk).Body);
    }
}

/// <summary>The CSS subset of <see cref="Selector"/>: every supported form, and the errors for the rest.</summary>
public class SelectorTests
{
    private static readonly Document Page = PageParser.Parse(
        "<div id=main class='Article big' data-x='Hello World' lang=en-US>" +
        "<p class=lead>a</p><p id=p2 class='x y'>b<span class=y>c</span></p><ul><li>1</li><li class=x>2</li><li>3</li></ul>" +
        "</div><aside><p>d</p></aside><h2 title=\"md:x\">e</h2>");

    private static string Ids(string selector) =>
        string.Join(' ', Page.QuerySelectorAll(selector).Select(e => e.Id ?? e.ClassName ?? e.LocalName + ":" + e.TextContent));

    [Theory]
    [InlineData("p", "lead p2 p:d")]
    [InlineData("P", "lead p2 p:d")]
    [InlineData("#p2", "p2")]
    [InlineData(".y", "p2 y")]
    [InlineData("p.x.y", "p2")]
    [InlineData(".Article", "main")]
    [InlineData(".article", "")]
    [InlineData("[lang]", "main")]
    [InlineData("[class=lead]", "lead")]
    [InlineData("[data-x='Hello World']", "main")]
    [InlineData("[data-x=\"hello world\" i]", "main")]
    [InlineData("[data-x='hello world']", "")]
    [InlineData("[data-x='Hello World' s]", "main")]
    [InlineData("[class~=y]", "p2 y")]
    [InlineData("[lang|=en]", "main")]
    [InlineData("[lang|=en-US]", "main")]
    [InlineData("[data-x^=Hell]", "main")]
    [InlineData("[data-x$=World]", "main")]
    [InlineData("[data-x*='o W']", "main")]
    [InlineData("[data-x*=WOR i]", "main")]
    [InlineData("[data-x^='']", "")]
    [InlineData("div p", "lead p2")]
    [InlineData("div > p", "lead p2")]
    [InlineData("div>span", "")]
    [InlineData("div  span", "y")]
    [InlineData("#main > ul > li.x", "x")]
    [InlineData("li:first-child", "li:1")]
    [InlineData("li:last-child", "li:3")]
    [InlineData("li:not(.x)", "li:1 li:3")]
    [InlineData("p:not(.lead):not(#p2)", "p:d")]
    [InlineData("h2, aside p ,#p2", "p2 p:d h2:e")]
    [InlineData("*.lead", "lead")]
    [InlineData("h2[title=md\\:x]", "h2:e")]
    public void Supported_forms_match_as_in_CSS(string selector, string expected) => Assert.Equal(expected, Ids(selector));

    [Fact]
    public void Universal_matches_every_element_and_closest_walks_up()
    {
        Assert.Equal(Page.DocumentElement.Descendants().Count() + 1, Page.QuerySelectorAll("*").Count);
        var span = Page.QuerySelector("span")!;
        Assert.Equal("p2", span.Closest("p")!.Id);
        Assert.Same(span, span.Closest("span"));
        Assert.Equal("main", span.Closest("div.big")!.Id);
        Assert.Null(span.Closest("aside"));
        Assert.True(span.Matches("#main span.y"));
        Assert.Same(Page.DocumentElement, Page.QuerySelector("html"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("div + p")]
    [InlineData("div ~ p")]
    [InlineData("a:hover")]
    [InlineData("p::before")]
    [InlineData("[a")]
    [InlineData("[a=]")]
    [InlineData("[a^b]")]
    [InlineData("[a='b]")]
    [InlineData("[a=b x]")]
    [InlineData("div,")]
    [InlineData(",div")]
    [InlineData("> p")]
    [InlineData("p >")]
    [InlineData("p:not(")]
    [InlineData("p:not(.a")]
    [InlineData("#")]
    [InlineData(".")]
    [InlineData("div)")]
    [InlineData("p:nth-child(2)")]
    public void Unsupported_or_invalid_selectors_throw(string selector)
    {
        var e = Assert.Throws<SelectorException>(() => Selector.Parse(selector));
        Assert.Contains("selector", e.Message, StringComparison.Ordinal);
    }
}

using Janalyq.Markup;

namespace Janalyq.Tests.Markup;

/// <summary>What is cut before the DOM is built, and what must survive the cut.</summary>
public class MarkupTrimmerTests
{
    [Theory]
    [InlineData("<p>a</p><script>var x = '<p>no</p>';</script><p>b</p>", "<p>a</p><p>b</p>")]
    [InlineData("<p>a</p><style>p{}</style><!-- c --><p>b</p>", "<p>a</p><p>b</p>")]
    [InlineData("<p>a<svg viewBox=\"0 0 1 1\"><path d=\"M0\"/><svg><text>icon</text></svg><title>t</title></svg>b</p>", "<p>a<svg viewBox=\"0 0 1 1\"></svg>b</p>")]
    [InlineData("<p>a<SVG><use href=\"#i\"/></SVG>b</p>", "<p>a<SVG></svg>b</p>")]
    [InlineData("<p>a<svg/>b</p>", "<p>a<svg/>b</p>")]
    [InlineData("<template><p>row</p><template>x</template></template><p>b</p>", "<template></template><p>b</p>")]
    [InlineData("<p>a<svgx>b</svgx></p>", "<p>a<svgx>b</svgx></p>")]
    [InlineData("<p>a<!-->b<!--->c<!---->d</p>", "<p>abcd</p>")] // "<!-->" and "<!--->" are whole (empty) comments
    public void Cuts_what_the_extractor_never_reads(string html, string expected)
    {
        Assert.Equal(expected, MarkupTrimmer.Trim(html));
        // The extractor's parse makes the same cuts while parsing: its tree is the full parse of the trimmed markup.
        Assert.Equal(Janalyq.Markup.PageParser.Parse(expected).Body.OuterHtml, Janalyq.Markup.PageParser.ParseForExtraction(html).Body.OuterHtml);
    }

    [Fact]
    public void Keeps_JSON_LD_and_an_unterminated_svg_for_the_parser()
    {
        const string ld = "<script type=\"application/ld+json\">{\"headline\":\"x\"}</script>";
        Assert.Equal(ld + "<p>a</p>", MarkupTrimmer.Trim(ld + "<p>a</p>"));
        Assert.Equal("<p>a</p><svg><path>", MarkupTrimmer.Trim("<p>a</p><svg><path>"));
    }
}

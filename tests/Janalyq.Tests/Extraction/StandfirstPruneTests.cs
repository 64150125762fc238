using Janalyq.Extraction.Body;

namespace Janalyq.Tests.Extraction;

/// <summary>Inside the article, a standfirst named "teaser" is the article's own text; a teaser of another story is not.</summary>
public class StandfirstPruneTests
{
    [Fact]
    public void A_prose_teaser_stays_and_a_linked_teaser_goes()
    {
        var doc = Janalyq.Markup.PageParser.Parse("""
            <html><body><div id="root">
            <div class="teaser-text">Dass das Gespräch zwischen der Ministerin und den Verbänden so bald stattfinden würde, hatte niemand erwartet.</div>
            <p>Die Verbände hatten seit Monaten auf ein Treffen gedrängt, um über den Ausbau der Windkraft im Süden zu sprechen, und legten Zahlen vor.</p>
            <p>Die Ministerin verwies auf das Planungsrecht, das Sache der Länder sei, versprach aber, die Vorschläge der Verbände genau zu prüfen.</p>
            <p>Kritiker bemängelten, dass die Gemeinden bei der Arbeitsgruppe nicht vertreten seien, obwohl sie die meisten Flächen ausweisen.</p>
            <p>Am Ende einigte man sich auf eine Arbeitsgruppe, die bis zum Sommer Vorschläge für schnellere Genehmigungen vorlegen soll.</p>
            <div class="teaser"><a href="/andere-geschichte">Eine ganz andere Geschichte über den Ausbau der Solarenergie im Norden</a></div>
            </div></body></html>
            """);
        var root = doc.GetElementById("root")!;
        var stats = NodeStats.Measure(doc.Body!);
        ContentPruner.Prune([root], stats);
        Assert.Contains("Dass das Gespräch zwischen", root.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("ganz andere Geschichte", root.TextContent, StringComparison.Ordinal);
    }
}

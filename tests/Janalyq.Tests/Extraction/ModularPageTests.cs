using Janalyq.Extraction;

namespace Janalyq.Tests.Extraction;

/// <summary>Pages built of modules: the text's blocks share one class but sit in separate wrappers.</summary>
public class ModularPageTests
{
    [Fact]
    public void Text_blocks_of_the_same_kind_in_separate_modules_are_one_text()
    {
        const string html = """
            <html><body><header><a href="/">Start</a> <a href="/kredit">Kredit</a></header>
            <main class="page">
              <div class="module module--intro"><div class="row"><div class="col-8">
                <div class="text-block"><h2>Wie Zinsen berechnet werden</h2>
                <p>Die Höhe der Zinsen hängt von der Bonität, der Laufzeit und dem Betrag ab, und jede Bank wertet diese Angaben anders aus.</p>
                <p>Wer ein festes Einkommen, ein unbefristetes Arbeitsverhältnis und wenig andere Schulden hat, bekommt meist günstigere Angebote.</p>
                <p>Ein Vergleich mehrerer Angebote lohnt sich daher fast immer, denn die Unterschiede betragen oft mehrere Prozentpunkte im Jahr.</p></div>
              </div><div class="col-4"><a href="/rechner">Zum Rechner</a></div></div></div>
              <div class="module module--faq"><div class="card"><div class="card-body">
                <div class="text-block"><h2>Feste oder variable Zinsen?</h2>
                <p>Feste Zinsen bleiben über die ganze Laufzeit gleich, variable Zinsen folgen dem Markt, was Chancen und Risiken birgt.</p></div>
              </div></div></div>
            </main>
            <footer><a href="/impressum">Impressum</a></footer></body></html>
            """;
        var a = ArticleExtractor.Default.Extract(new RawPage(System.Text.Encoding.UTF8.GetBytes(html), new Uri("https://finanzen.example.de/kredit/zinsen"), "text/html; charset=utf-8", ExtractionPaths.FetchedAt),
            TestContext.Current.CancellationToken);
        Assert.Contains("Die Höhe der Zinsen hängt", a.Text, StringComparison.Ordinal);
        Assert.Contains("Feste Zinsen bleiben über die ganze Laufzeit gleich", a.Text, StringComparison.Ordinal);
        Assert.True(a.Text.IndexOf("Die Höhe", StringComparison.Ordinal) < a.Text.IndexOf("Feste Zinsen bleiben", StringComparison.Ordinal));
        Assert.DoesNotContain("Impressum", a.Text, StringComparison.Ordinal);
    }
}

using Janalyq.Extraction;
using Janalyq.Extraction.Body;

namespace Janalyq.Tests.Extraction;

/// <summary>Multilingual furniture lines: "read also" inserts, post meta lines, credits, comment-form remnants.</summary>
public class FurnitureLinesTests
{
    [Theory]
    [InlineData("Lesen Sie auch: Die Bahn streikt wieder")]
    [InlineData("Das könnte Sie auch interessieren:")]
    [InlineData("Ähnliche Beiträge")]
    [InlineData("Mehr zum Thema")]
    [InlineData("Schon gelesen?")]
    [InlineData("À lire aussi : la réforme des retraites")]
    [InlineData("Sur le même sujet")]
    [InlineData("Lee también: el Congreso aprueba la ley")]
    [InlineData("Síguenos en Telegram, Instagram y Twitter")]
    [InlineData("Leggi anche: il governo cade")]
    [InlineData("Zobacz również: Sejm przyjął ustawę")]
    [InlineData("You may also like")]
    [InlineData("Die Kommentarfunktion ist geschlossen.")]
    [InlineData("War der Artikel nützlich?")]
    [InlineData("Was this article helpful?")]
    [InlineData("Rezept drucken")]
    [InlineData("Quellen ausblenden")]
    [InlineData("To view the full story, please subscribe to The Daily Example.")]
    [InlineData("If you're seeing this message but you're already a subscriber, you can log in.")]
    public void Read_also_inserts_and_related_headings_are_furniture(string line) => Assert.True(FurnitureLines.IsFurniture(line));

    [Theory]
    [InlineData("Dieser Eintrag wurde veröffentlicht in News am 3. Mai 2014.")]
    [InlineData("This entry was posted in Politics and tagged vote.")]
    [InlineData("Erstellt am Dienstag 6. Mai 2014")]
    [InlineData("Kategorie: News, Verein")]
    [InlineData("Publié le 12/03/2020 à 10h00")]
    [InlineData("Sie sind aktuell nicht eingeloggt.")]
    [InlineData("Foto: Christof Stache")]
    [InlineData("Crédits photos : Bestimage")]
    [InlineData("Titelbild: Pixabay")]
    [InlineData("Quelle: Landesregierung")]
    public void Meta_lines_and_credits_are_furniture(string line) => Assert.True(FurnitureLines.IsFurniture(line));

    [Theory]
    [InlineData("Die Bahn hat am Montag angekündigt, dass die Züge wieder fahren.")]
    [InlineData("Le gouvernement a présenté mercredi sa réforme des retraites.")]
    [InlineData("Related to this, the minister said the vote would be held in May.")]
    [InlineData("Quellen im Ministerium bestätigten den Bericht am Abend.")]
    public void Ordinary_sentences_are_not(string line) => Assert.False(FurnitureLines.IsFurniture(line));

    [Fact]
    public void A_long_paragraph_that_starts_like_an_insert_stays()
    {
        var prose = "Mehr zum Thema Rente sagte der Minister am Dienstag nicht, doch er kündigte an, dass die Regierung im Herbst "
            + "einen Entwurf vorlegen werde, der die Beiträge stabil halten und zugleich die Renten an die Löhne koppeln soll.";
        Assert.False(FurnitureLines.IsFurniture(prose));
    }

    [Fact]
    public void A_german_blog_post_loses_its_meta_line_and_related_heading_but_keeps_its_text()
    {
        const string html = """
            <html><head><title>Der Stadtrat beschließt den Haushalt</title></head><body>
            <article><h1>Der Stadtrat beschließt den Haushalt</h1>
            <p>Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen, nach einer langen Debatte über Schulen, Straßen und Bäder.</p>
            <p>Die Opposition kritisierte, dass die Investitionen in den Nahverkehr zu gering ausfallen, und kündigte eigene Anträge für die nächste Sitzung an.</p>
            <p>Dieser Eintrag wurde veröffentlicht in Politik am 3. Mai 2014.</p>
            <h3>Ähnliche Beiträge</h3>
            <p>Kategorie: Politik, Stadt</p>
            </article></body></html>
            """;
        var a = ArticleExtractor.Default.Extract(new RawPage(System.Text.Encoding.UTF8.GetBytes(html), new Uri("https://blog.example.de/2014/05/haushalt"), "text/html; charset=utf-8", ExtractionPaths.FetchedAt),
            TestContext.Current.CancellationToken);
        Assert.Contains("Die Opposition kritisierte", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Eintrag wurde", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ähnliche Beiträge", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kategorie", a.Text, StringComparison.Ordinal);
    }
}

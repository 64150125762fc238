using System.Text.RegularExpressions;

namespace Janalyq.Extraction.Body;

/// <summary>
/// Short blocks that are page furniture whatever the site, in the languages news pages come in beyond Russian,
/// Kazakh and English (which <see cref="BlockFilter"/> covers): German, French, Spanish, Portuguese, Italian, Polish.
/// Each pattern matches the start of a block and only applies to short blocks, so a paragraph that merely begins
/// with the same words ("Mehr zum Thema Rente sagte der Minister…" is 300+ characters of prose) stays.
/// The lists are kept small on purpose: the phrases a page uses to label furniture, not topics.
/// </summary>
internal static partial class FurnitureLines
{
    /// <summary>Blocks shorter than this may be a "read also" insert or a related-list heading.</summary>
    internal const int MaxInsert = 200;

    /// <summary>Blocks shorter than this may be a post's meta line, a credit or a comment-form remnant.</summary>
    internal const int MaxMeta = 120;

    // "Read also" inserts, related-list and comment-section headings, follow/subscribe prompts.
    // de: lesen Sie auch, auch interessant, das könnte Sie auch interessieren, mehr zum Thema, ähnliche/verwandte/weitere Beiträge, schon gelesen, zum Weiterlesen;
    // fr: lire aussi, à lire aussi, voir aussi, sur le même sujet; es/pt: lee también, leia também, te puede interesar, noticias relacionadas, síguenos;
    // it: leggi anche, articoli correlati; pl: zobacz również, czytaj także; en: you may also like, related posts, if you enjoyed.
    [GeneratedRegex(@"^\W*(lesen\s+sie\s+(auch|mehr|hier)|auch\s+interessant|(das\s+)?(könnte|dürfte)\s+(sie|dich|euch)\s+auch\s+interessieren|(das\s+thema\s+)?könnte\s+(sie|dich)\s+auch\s+interessieren|mehr\s+zum\s+thema|mehr\s+themen|(ähnliche|verwandte|weitere|neueste)\s+(beiträge|artikel|nachrichten|themen|news)|schon\s+gelesen|zum\s+weiterlesen|lust\s+auf\s+mehr|kommentare?\s+(schreiben|verfassen|hinzufügen)|die\s+kommentarfunktion\s+ist|diskutieren\s+sie\s+mit|folgen\s+sie\s+uns|jetzt\s+teilen|(diesen\s+)?(artikel|beitrag)\s+teilen|(à\s+)?lire\s+(aussi|également)|voir\s+aussi|sur\s+le\s+même\s+sujet|suivez[- ]nous|abonnez[- ]vous|le[ae]\s+también|leia\s+também|(te|le)\s+puede\s+interesar|noticias\s+relacionadas|s[ií]guenos|suscr[ií]bete|hazte\s+(miembro|socio)|leggi\s+anche|articoli\s+correlati|potrebbe\s+interessarti|zobacz\s+(również|także|też)|(prze)?czytaj\s+(również|także|też)|you\s+(may|might)\s+also\s+(like|enjoy)|related\s+(posts|articles|stories)|if\s+you\s+enjoyed\s+(this|reading)|leave\s+a\s+(comment|reply)|comments\s+are\s+closed)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Insert();

    // A post's meta line: when and where it was filed ("Dieser Eintrag wurde veröffentlicht am…", "Posted in News",
    // "Kategorie: …", "Publié le …", "Erstellt am …"), and the comment form's leftovers ("… muss angemeldet sein, um
    // Kommentare zu schreiben", "E-Mail (wird benötigt…)").
    [GeneratedRegex(@"^\W*((dieser|der)\s+(eintrag|beitrag|artikel)\s+wurde|this\s+entry\s+was\s+posted|posted\s+(on|in|by)\b|filed\s+under|(erstellt|aktualisiert|veröffentlicht|geändert)\s+am\b|zuletzt\s+aktualisiert|kategorien?\s*:|category\s*:|categories\s*:|schlagw(ö|o)rter\s*:|stichw(ö|o)rter\s*:|publié\s+le\b|mis\s+à\s+jour\s+le\b|publicado\s+(el|por)\b|actualizado\s+(el|a\s+las)\b|opublikowano\b|release\s+date\s*:|sie\s+(sind|müssen)\s+(aktuell\s+)?(nicht\s+)?(eingeloggt|angemeldet)|e-mail\s*\(\s*wird)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Meta();

    // Picture credits and captions' labels beyond Russian/English: Bild, Titelbild, Beitragsbild, Bildquelle, Abbildung,
    // Crédit(s) photo, Fotos, Foto(s) de, Zdjęcie, Fot., Quelle (a source line under the text).
    [GeneratedRegex(@"^\W*(bild|titelbild|beitragsbild|bildquelle|bildnachweis|abbildung(\s+\d+)?|fotos?|crédits?(\s+photos?)?|photos?|zdjęci[ea]|fot\.|quellen?(angaben)?|fuente|fonte|source)\s*(:|—|–|©|/)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    // Page controls and reader prompts: "War der Artikel nützlich?", "Was this article helpful?", "Möchten Sie den Artikel teilen?",
    // "Rezept drucken", "Bild anzeigen", "Quellen ausblenden", "Permalink", "To read the full story, please subscribe",
    // "If you're already a subscriber, log in".
    [GeneratedRegex(@"^\W*(war\s+(der|dieser)\s+(artikel|beitrag|text)\s+(nützlich|hilfreich)|was\s+this\s+(article|page|post)\s+helpful|möchten\s+sie\s+(den|diesen)\s+(artikel|beitrag)\s+teilen|(rezept|artikel|beitrag|seite)\s+drucken|bild(er)?\s+anzeigen|(quellen|kommentare|antworten)\s+(ausblenden|einblenden|anzeigen)|permalie?nk?\b|to\s+(view|read|continue\s+reading)\s+the\s+(full|rest|whole)|.{0,60}\balready\s+a\s+subscriber)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Control();

    /// <summary>True when the block's text is one of the furniture lines above.</summary>
    internal static bool IsFurniture(string text)
    {
        if (text.Length < MaxInsert && (Insert().IsMatch(text) || Control().IsMatch(text))) return true;
        if (text.Length < MaxMeta && (Meta().IsMatch(text) || Credit().IsMatch(text))) return true;
        return false;
    }
}

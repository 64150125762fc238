namespace Janalyq.Extraction;

/// <summary>
/// What the extractor makes of one raw page: the article and its metadata.
/// The field set is the `./janalyq extract` contract (README, "Extraction contract"): keep it stable.
/// </summary>
public sealed record ExtractedArticle
{
    /// <summary>The page's own address as fetched (or as given with --url).</summary>
    public string? Url { get; init; }

    /// <summary>Headline, without the outlet's name suffix.</summary>
    public string? Title { get; init; }

    /// <summary>Lead / description (standfirst), when the page has one.</summary>
    public string? Lead { get; init; }

    /// <summary>Main body as plain text: paragraphs separated by a blank line, headline excluded.</summary>
    public string Text { get; init; } = "";

    /// <summary>Main body as sanitized HTML (p, h2-h4, ul/ol, blockquote, table, figure).</summary>
    public string Html { get; init; } = "";

    /// <summary>Publication time with its offset.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Last modification time with its offset.</summary>
    public DateTimeOffset? Modified { get; init; }

    /// <summary>Author(s), comma separated.</summary>
    public string? Author { get; init; }

    /// <summary>Absolute URL of the lead image.</summary>
    public string? Image { get; init; }

    /// <summary>Caption of the lead image, without the credit.</summary>
    public string? Caption { get; init; }

    /// <summary>Photo credit ("Фото: kremlin.ru" gives "kremlin.ru").</summary>
    public string? Credit { get; init; }

    /// <summary>Canonical URL declared by the page.</summary>
    public string? Canonical { get; init; }

    /// <summary>Outlet name (og:site_name, JSON-LD publisher, title suffix).</summary>
    public string? Site { get; init; }

    /// <summary>Language of the body text as an ISO 639-1 code (ru, kk, en, ...).</summary>
    public string? Language { get; init; }

    /// <summary>The original article's URL when this page republishes another outlet's article.</summary>
    public string? OriginalUrl { get; init; }

    /// <summary>Section (rubric) the outlet filed the article under.</summary>
    public string? Section { get; init; }

    /// <summary>Tags / keywords.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The page's block fingerprint, when <see cref="RawPage.WantsFingerprint"/> asked for it.</summary>
    public Templates.PageBlocks? Fingerprint { get; init; }
}

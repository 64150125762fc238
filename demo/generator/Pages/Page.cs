using Janalyq.Demo.Generator.Content;
using Janalyq.Demo.Generator.Markdown;
using Janalyq.Demo.Generator.Outlets;

namespace Janalyq.Demo.Generator.Pages;

/// <summary>An article as it is published: its URL, file, image URL and truth text.</summary>
internal sealed record Page(Article Article, Outlet Outlet, string Url, string File, string ImageUrl, IReadOnlyList<string> Truth)
{
    public string Text => string.Join("\n\n", Truth);

    public string Lang => Article.Language;

    /// <summary>The outlet an original_url belongs to, for "Источник: Outlet".</summary>
    public Outlet? OriginalOutlet => Article.OriginalUrl is null ? null : OutletCatalog.ByUrl(Article.OriginalUrl);

    /// <summary>A stable per-page number for choosing boilerplate, identical on every run.</summary>
    public uint Seed => Stable.Mixed(Url);

    public static Page From(Article a)
    {
        var outlet = OutletCatalog.Get(a.Outlet);
        var url = UrlScheme.Url(a);
        // Every layout shows the lead above the body. A lead paragraph (120 characters or more) is the article's
        // first paragraph, as readers and trafilatura's annotators count it; a shorter one is a dek, a teaser line
        // that annotators (AEB's) leave out. The extractor's contract (README, "Extraction contract") says the same.
        IReadOnlyList<string> body = TruthText.Paragraphs(a.Body);
        return new Page(a, outlet, url, UrlScheme.File(outlet.Slug, url), outlet.MediaUrl(a.Image), a.Lead.Length >= 120 ? [a.Lead, .. body] : body);
    }
}

/// <summary>A link in a boilerplate list (trending, related, most read).</summary>
internal sealed record Teaser(string Title, string Url, DateTimeOffset Time, string Category);

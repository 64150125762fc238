using System.Text;
using Janalyq.Discovery;
using Janalyq.Storage;

namespace Janalyq.Sources;

/// <summary>
/// A sources file as `ingest --sources FILE` and `sources add` read it: OPML, or one listing URL per line
/// ("#" starts a comment). Each line of a plain list is its own source, named after its host.
/// </summary>
public static class SourceList
{
    public static async Task<IReadOnlyList<Source>> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return Parse(ListingDecoder.Decode(bytes, null));
    }

    public static IReadOnlyList<Source> Parse(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.StartsWith("<", StringComparison.Ordinal)) return Opml.Read(text);
        var sources = new List<Source>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            var hash = line.IndexOf(" #", StringComparison.Ordinal);
            if (hash >= 0) line = line[..hash].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!Uri.TryCreate(line, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                throw new FormatException($"line {lineNumber}: '{line}' is not an http(s) URL");
            sources.Add(FromUrl(url, slugs));
        }
        return sources;
    }

    /// <summary>A source for a bare listing URL: named after its host, kind guessed from the URL.</summary>
    public static Source FromUrl(Uri url, ISet<string>? takenSlugs = null)
    {
        var slug = Unique(SlugOf(url), takenSlugs);
        return new Source
        {
            Slug = slug,
            Name = url.IdnHost.StartsWith("www.", StringComparison.Ordinal) ? url.IdnHost[4..] : url.IdnHost,
            HomeUrl = url.GetLeftPart(UriPartial.Authority) + "/",
            Language = "ru",
            Feeds = [new SourceFeed(url.AbsoluteUri, GuessKind(url))],
        };
    }

    public static FeedKind GuessKind(Uri url)
    {
        var path = url.AbsolutePath.ToLowerInvariant();
        if (path.Contains("sitemap", StringComparison.Ordinal)) return FeedKind.Sitemap;
        if (path.EndsWith(".json", StringComparison.Ordinal) || path.Contains("feed.json", StringComparison.Ordinal)) return FeedKind.JsonFeed;
        if (path.Contains("atom", StringComparison.Ordinal)) return FeedKind.Atom;
        return FeedKind.Rss;
    }

    /// <summary>"www.tengrinews.kz" gives "tengrinews-kz".</summary>
    public static string SlugOf(Uri url)
    {
        var host = UrlCanonicalizer.SiteKey(url);
        var builder = new StringBuilder(host.Length);
        foreach (var c in host)
            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        return builder.ToString().Trim('-');
    }

    internal static string Unique(string slug, ISet<string>? taken)
    {
        if (taken is null) return slug;
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++) candidate = $"{slug}-{n}";
        return candidate;
    }
}

using System.Text;

namespace Janalyq.Discovery;

/// <summary>
/// One URL per article: lower-case scheme and host, no default port, no fragment, no tracking parameters,
/// the rest of the query sorted, AMP and mobile variants folded into the main page; and the page's own
/// rel=canonical accepted when it stays on the same site and is not the home page.
/// </summary>
public static class UrlCanonicalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "ysclid", "_openstat", "mc_cid", "mc_eid",
        "igshid", "ref", "ref_src", "referrer", "from", "utm", "rss", "_ga", "_gl", "cmpid", "ncid", "spm", "share",
        "amp", "outputtype", "usqp", "at_medium", "at_campaign", "at_source", "xtor", "smid", "sr_share", "s_cid", "partner",
    };

    private static readonly string[] VariantHostPrefixes = ["m.", "mobile.", "mob.", "amp.", "pda."];

    public static Uri Canonicalize(Uri url)
    {
        var builder = new UriBuilder(url) { Fragment = "" };
        builder.Scheme = builder.Scheme.ToLowerInvariant();
        builder.Host = StripVariantHost(builder.Host.ToLowerInvariant());
        if (builder.Uri.IsDefaultPort) builder.Port = -1;
        builder.Path = StripAmpPath(builder.Path);
        builder.Query = CleanQuery(url.Query);
        return builder.Uri;
    }

    /// <summary>The article's identity: the page's rel=canonical when trustworthy, else the fetched URL, canonicalized.</summary>
    public static Uri Resolve(Uri fetchedUrl, string? declaredCanonical)
    {
        if (!string.IsNullOrWhiteSpace(declaredCanonical)
            && Uri.TryCreate(fetchedUrl, declaredCanonical.Trim(), out var declared)
            && declared.Scheme is "http" or "https"
            && SiteKey(declared) == SiteKey(fetchedUrl)
            && declared.AbsolutePath.Trim('/').Length > 0)
        {
            return Canonicalize(declared);
        }
        return Canonicalize(fetchedUrl);
    }

    /// <summary>The site a URL belongs to, for "same site" decisions: the host without www., m., amp. and the like.</summary>
    public static string SiteKey(Uri url)
    {
        var host = StripVariantHost(url.IdnHost.ToLowerInvariant());
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    private static string StripVariantHost(string host)
    {
        foreach (var prefix in VariantHostPrefixes)
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.AsSpan(prefix.Length).Contains('.')) return host[prefix.Length..];
        }
        return host;
    }

    private static string StripAmpPath(string path)
    {
        if (path.StartsWith("/amp/", StringComparison.OrdinalIgnoreCase)) path = path[4..];
        if (path.EndsWith("/amp/", StringComparison.OrdinalIgnoreCase)) path = path[..^4];
        else if (path.EndsWith("/amp", StringComparison.OrdinalIgnoreCase)) path = path[..^3];
        if (path.EndsWith(".amp.html", StringComparison.OrdinalIgnoreCase)) path = path[..^9] + ".html";
        else if (path.EndsWith(".amp", StringComparison.OrdinalIgnoreCase)) path = path[..^4];
        return path.Length == 0 ? "/" : path;
    }

    private static string CleanQuery(string query)
    {
        if (query.Length <= 1) return "";
        var kept = query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p.Split('=')[0]))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (kept.Count == 0) return "";
        var builder = new StringBuilder();
        foreach (var part in kept) builder.Append(builder.Length == 0 ? "" : "&").Append(part);
        return builder.ToString();
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}

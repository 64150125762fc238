using System.Globalization;

namespace Janalyq.Fetching.Robots;

/// <summary>
/// A parsed robots.txt (RFC 9309): the group for our product token, else the "*" group; the longest
/// matching rule wins and Allow wins a tie; "*" and "$" in paths; Crawl-delay (non-standard, widely used).
/// </summary>
public sealed class RobotsTxt
{
    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsTxt(List<(string, bool)> rules, TimeSpan? crawlDelay, string? unavailable = null)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        Unavailable = unavailable;
    }

    /// <summary>Everything allowed (no robots.txt, or a 4xx answer).</summary>
    public static RobotsTxt AllowAll { get; } = new([], null);

    /// <summary>
    /// robots.txt could not be had (a 5xx answer, a timeout, a network error): RFC 9309 says to assume a complete
    /// disallow for now, so nothing is allowed, and <paramref name="reason"/> says why in a report.
    /// </summary>
    public static RobotsTxt UnavailableFor(string reason) => new([("/", false)], null, reason);

    public TimeSpan? CrawlDelay { get; }

    /// <summary>Why robots.txt could not be had (everything is disallowed meanwhile); null when it was read or is absent.</summary>
    public string? Unavailable { get; }

    public static RobotsTxt Parse(string text, string productToken)
    {
        var agent = productToken.Split('/')[0].Trim();
        var ours = new List<(string, bool)>();
        var star = new List<(string, bool)>();
        TimeSpan? oursDelay = null, starDelay = null;
        bool matchedOurs = false, inOurs = false, inStar = false, lastWasAgent = false;

        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0) line = line[..hash];
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (!lastWasAgent) { inOurs = false; inStar = false; }
                    if (value == "*") inStar = true;
                    else if (value.Length > 0 && agent.StartsWith(value.Split('/')[0], StringComparison.OrdinalIgnoreCase))
                    {
                        inOurs = true;
                        matchedOurs = true;
                    }
                    lastWasAgent = true;
                    break;
                case "allow" or "disallow":
                    lastWasAgent = false;
                    if (value.Length == 0) break;
                    var rule = (value, key == "allow");
                    if (inOurs) ours.Add(rule);
                    if (inStar) star.Add(rule);
                    break;
                case "crawl-delay":
                    lastWasAgent = false;
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < 86_400)
                    {
                        if (inOurs) oursDelay = TimeSpan.FromSeconds(seconds);
                        if (inStar) starDelay = TimeSpan.FromSeconds(seconds);
                    }
                    break;
                default:
                    lastWasAgent = false;
                    break;
            }
        }
        return matchedOurs ? new RobotsTxt(ours, oursDelay) : new RobotsTxt(star, starDelay);
    }

    public bool IsAllowed(Uri url)
    {
        var path = url.PathAndQuery;
        if (path == "/robots.txt") return true;
        var bestLength = -1;
        var allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            if (!Matches(pattern, path)) continue;
            if (pattern.Length > bestLength || (pattern.Length == bestLength && allow))
            {
                bestLength = pattern.Length;
                allowed = allow;
            }
        }
        return allowed;
    }

    /// <summary>Prefix match with "*" for any run of characters and a final "$" for the end of the path.</summary>
    internal static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored) pattern = pattern[..^1];
        return Match(pattern.AsSpan(), path.AsSpan(), anchored);
    }

    private static bool Match(ReadOnlySpan<char> pattern, ReadOnlySpan<char> path, bool anchored)
    {
        var star = pattern.IndexOf('*');
        if (star < 0)
            return anchored ? path.SequenceEqual(pattern) : path.StartsWith(pattern, StringComparison.Ordinal);
        if (!path.StartsWith(pattern[..star], StringComparison.Ordinal)) return false;
        var rest = pattern[(star + 1)..];
        for (var i = star; i <= path.Length; i++)
        {
            if (Match(rest, path[i..], anchored)) return true;
        }
        return false;
    }
}

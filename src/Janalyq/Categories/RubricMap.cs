using System.Text;

namespace Janalyq.Categories;

/// <summary>What a rubric names: a site category, not news, or nothing (null).</summary>
public sealed record RubricVerdict(string Rubric, string Target)
{
    public bool IsNotNews => Target == RubricTargetAttribute.NotNews;
}

/// <summary>
/// Maps an outlet's rubric (article:section, breadcrumb, feed category, URL path segment) onto the site's categories
/// through <see cref="CategoriesOptions.Rubrics"/>: each word of the rubric is looked up by its prefixes; the longest
/// key that matches wins (so "мировая экономика" is economy, "lifestyle" is culture, not "life"). Pure and thread-safe.
/// </summary>
public sealed class RubricMap
{
    private const int ShortKey = 3;
    private readonly Dictionary<string, string> _keys;
    private readonly int _longest;

    public RubricMap(IEnumerable<KeyValuePair<string, string>> rubrics)
    {
        _keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, target) in rubrics)
        {
            var word = Normalize(key);
            if (word.Length == 0) continue;
            _keys[word] = target;
        }
        _longest = _keys.Count == 0 ? 0 : _keys.Keys.Max(k => k.Length);
    }

    /// <summary>The map of the default rubric words.</summary>
    public static RubricMap Default { get; } = new(RubricDefaults.Create());

    /// <summary>What <paramref name="rubric"/> names; null when none of its words is a rubric word (or its key says "none").</summary>
    public RubricVerdict? Match(string? rubric)
    {
        if (string.IsNullOrWhiteSpace(rubric)) return null;
        var text = Normalize(rubric);
        // The whole rubric first ("hi-tech", "v-mire", "ауа-райы"), then each of its words.
        string? best = null;
        var bestLength = 0;
        if (_keys.TryGetValue(text, out var whole)) (best, bestLength) = (whole, int.MaxValue);
        else
        {
            foreach (var word in Words(text))
            {
                for (var length = Math.Min(word.Length, _longest); length > bestLength; length--)
                {
                    if (length <= ShortKey && length != word.Length) continue;
                    if (!_keys.TryGetValue(word[..length], out var target)) continue;
                    (best, bestLength) = (target, length);
                    break;
                }
            }
        }
        return best is null or RubricTargetAttribute.None ? null : new RubricVerdict(rubric.Trim(), best);
    }

    /// <summary>
    /// What the address names: its path segments that look like a rubric (up to three words, no digits, not a file name)
    /// and its sub-domains (sport.example.kz), the segment nearest the host first.
    /// </summary>
    public RubricVerdict? MatchUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        foreach (var segment in uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var decoded = Uri.UnescapeDataString(segment);
            if (!LooksLikeRubric(decoded)) continue;
            if (Match(decoded) is { } verdict) return verdict;
        }
        var labels = uri.Host.Split('.');
        for (var i = 0; i < labels.Length - 2; i++)
        {
            if (labels[i] is "www" or "m" or "amp" or "news") continue;
            if (Match(labels[i]) is { } verdict) return verdict;
        }
        return null;
    }

    private static bool LooksLikeRubric(string segment)
    {
        if (segment.Length is 0 or > 32 || segment.Contains('.', StringComparison.Ordinal)) return false;
        var words = 1;
        foreach (var c in segment)
        {
            if (char.IsDigit(c)) return false;
            if (c is '-' or '_') words++;
        }
        return words <= 3;
    }

    /// <summary>Lower case, ё as е (outlets write "Партнёрский" and "Партнерский" alike).</summary>
    private static string Normalize(string text) => text.Trim().ToLowerInvariant().Replace('ё', 'е');

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) word.Append(c);
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0) yield return word.ToString();
    }
}

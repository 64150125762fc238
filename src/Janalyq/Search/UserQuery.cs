using System.Text;

namespace Janalyq.Search;

/// <summary>One word or quoted phrase of a reader's query.</summary>
public sealed record QueryPart(string Text, bool Phrase);

/// <summary>
/// A reader's query as Janalyq reads it, never as Lucene's syntax: words, "phrases in quotes", -exclusions, and OR
/// between two of them. Nothing a reader types is an error: control characters and Lucene's operators (* ? ~ ^ : ( ) [ ]
/// { } \ / + ! &amp; |) are spaces, an unbalanced quote runs to the end, a lone "-" or "OR" is dropped, and the query is cut
/// at a length and a number of words (<see cref="SearchOptions"/>).
/// </summary>
/// <param name="Groups">Alternatives joined by OR; each group is one thing the text should contain.</param>
/// <param name="Excluded">Words and phrases the text must not contain.</param>
public sealed record UserQuery(IReadOnlyList<IReadOnlyList<QueryPart>> Groups, IReadOnlyList<QueryPart> Excluded)
{
    public bool IsEmpty => Groups.Count == 0;

    public static UserQuery Parse(string? text, int maxLength = 1000, int maxWords = 24)
    {
        var clean = Clean(text ?? "", maxLength);
        var items = new List<(QueryPart Part, bool Excluded, bool Or)>();
        int i = 0, words = 0;
        while (i < clean.Length && words < maxWords)
        {
            if (clean[i] == ' ') { i++; continue; }
            bool excluded = false;
            if (clean[i] == '-' && i + 1 < clean.Length && clean[i + 1] != ' ')
            {
                excluded = true;
                i++;
            }
            if (clean[i] == '"')
            {
                int end = clean.IndexOf('"', i + 1);
                if (end < 0) end = clean.Length;
                var phrase = clean[(i + 1)..end].Trim(' ', '-');
                i = end + 1;
                if (phrase.Length == 0) continue;
                items.Add((new QueryPart(phrase, Phrase: true), excluded, false));
                words++;
                continue;
            }
            int stop = i;
            while (stop < clean.Length && clean[stop] != ' ' && clean[stop] != '"') stop++;
            var word = clean[i..stop].Trim('-');
            i = stop;
            if (word.Length == 0) continue;
            if (!excluded && word is "OR" or "ИЛИ" or "НЕМЕСЕ") { items.Add((new QueryPart(word, false), false, true)); continue; }
            if (!excluded && word is "AND" or "И" or "ЖӘНЕ" or "NOT") continue;
            items.Add((new QueryPart(word, Phrase: false), excluded, false));
            words++;
        }

        var groups = new List<IReadOnlyList<QueryPart>>();
        var excludedParts = new List<QueryPart>();
        bool joinNext = false;
        foreach (var (part, isExcluded, isOr) in items)
        {
            if (isOr)
            {
                joinNext = groups.Count > 0; // "OR" with nothing before it is dropped
                continue;
            }
            if (isExcluded)
            {
                excludedParts.Add(part);
                continue;
            }
            if (joinNext) ((List<QueryPart>)groups[^1]).Add(part);
            else groups.Add(new List<QueryPart> { part });
            joinNext = false;
        }
        return new UserQuery(groups, excludedParts);
    }

    /// <summary>Operators and control characters become spaces; runs of spaces one.</summary>
    private static string Clean(string text, int maxLength)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, maxLength)))
        {
            var keep = c switch
            {
                '"' or '«' or '»' or '“' or '”' or '„' => '"',
                '*' or '?' or '~' or '^' or ':' or '(' or ')' or '[' or ']' or '{' or '}' or '\\' or '/' or '+' or '!' or '&' or '|' or ';' or ',' => ' ',
                _ when char.IsControl(c) || char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format
                    or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.OtherNotAssigned => ' ',
                _ => c,
            };
            if (keep == ' ' && (builder.Length == 0 || builder[^1] == ' ')) continue;
            builder.Append(keep);
        }
        return builder.ToString().Trim();
    }
}

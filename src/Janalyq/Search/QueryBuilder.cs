using Janalyq.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Janalyq.Search;

/// <summary>
/// Turns a <see cref="UserQuery"/> into a Lucene query over every language's fields, each word analysed by each
/// language's analyzer (a reader does not say which language the query is in): a word matches an article when its
/// Russian, Kazakh, English or plain form is in the article's title (boosted) or body. Words need not all match: most of
/// them must (one of two, two of three or four), and articles with more of them, and with them close together, score
/// higher. A quoted phrase must match; an excluded word or phrase must not.
/// </summary>
public sealed class QueryBuilder(Analyzer analyzer, float titleBoost)
{
    private const float ProximityBoost = 0.5f;

    public Query? Build(UserQuery query)
    {
        if (query.IsEmpty) return null;
        var top = new BooleanQuery();
        var words = new BooleanQuery(disableCoord: false);
        var singleWords = new List<string>();
        foreach (var group in query.Groups)
        {
            if (group.Count == 1 && group[0].Phrase)
            {
                if (Part(group[0]) is { } phrase) top.Add(phrase, Occur.MUST);
                continue;
            }
            var alternatives = new BooleanQuery();
            foreach (var part in group)
                if (Part(part) is { } q) alternatives.Add(q, Occur.SHOULD);
            if (alternatives.Clauses.Count == 0) continue;
            words.Add(alternatives.Clauses.Count == 1 ? alternatives.Clauses[0].Query : alternatives, Occur.SHOULD);
            if (group.Count == 1) singleWords.Add(group[0].Text);
        }
        int n = words.Clauses.Count;
        if (n > 0)
        {
            words.MinimumNumberShouldMatch = n <= 2 ? 1 : (n + 1) / 2;
            top.Add(words, Occur.MUST);
        }
        if (top.Clauses.Count == 0) return null; // only stop words
        if (singleWords.Count >= 2 && Proximity(string.Join(' ', singleWords)) is { } near) top.Add(near, Occur.SHOULD);
        foreach (var part in query.Excluded)
            if (Part(part) is { } excluded) top.Add(excluded, Occur.MUST_NOT);
        return top;
    }

    /// <summary>A word or phrase in any language's title or body; null when every analyzer drops it (a stop word).</summary>
    private DisjunctionMaxQuery? Part(QueryPart part)
    {
        var any = new DisjunctionMaxQuery(0.3f);
        foreach (var language in LanguageAnalyzers.FieldLanguages)
        {
            foreach (var (field, boost) in new[] { (SearchFields.Title(language), titleBoost), (SearchFields.Body(language), 1f) })
            {
                var q = Terms(field, part.Text, slop: 0);
                if (q is null) continue;
                q.Boost = boost;
                any.Add(q);
            }
        }
        return any.Disjuncts.Count == 0 ? null : any;
    }

    /// <summary>The words near one another (within a few positions), in any language.</summary>
    private DisjunctionMaxQuery? Proximity(string text)
    {
        var any = new DisjunctionMaxQuery(0.1f);
        foreach (var language in LanguageAnalyzers.FieldLanguages)
        {
            foreach (var field in new[] { SearchFields.Title(language), SearchFields.Body(language) })
                if (Terms(field, text, slop: 4) is PhraseQuery phrase) any.Add(phrase);
        }
        if (any.Disjuncts.Count == 0) return null;
        any.Boost = ProximityBoost;
        return any;
    }

    /// <summary>The text's tokens in <paramref name="field"/>: one term, or a phrase of several.</summary>
    private Query? Terms(string field, string text, int slop)
    {
        var terms = new List<(string Term, int Position)>();
        using (var stream = analyzer.GetTokenStream(field, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            int position = -1;
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                terms.Add((term.ToString(), Math.Max(position, 0)));
            }
            stream.End();
        }
        if (terms.Count == 0) return null;
        if (terms.Count == 1) return new TermQuery(new Term(field, terms[0].Term));
        var phrase = new PhraseQuery { Slop = slop };
        foreach (var (t, position) in terms) phrase.Add(new Term(field, t), position);
        return phrase;
    }
}

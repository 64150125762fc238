using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Janalyq.Search.Analysis;

/// <summary>Replaces each token by its <see cref="KazakhStemmer"/> stem (tokens marked as keywords are kept).</summary>
public sealed class KazakhStemFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public KazakhStemFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (_keyword.IsKeyword) return true;
        var word = _term.ToString();
        var stem = KazakhStemmer.Stem(word);
        if (stem.Length != word.Length) _term.SetEmpty().Append(stem);
        return true;
    }
}

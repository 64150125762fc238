using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Janalyq.Search.Analysis;

/// <summary>Folds ё to е (Russian writes both for one letter: "ёлка" and "елка" are one word).</summary>
public sealed class YoFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public YoFoldingFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = _term.Buffer;
        for (int i = 0; i < _term.Length; i++)
        {
            if (buffer[i] == 'ё') buffer[i] = 'е';
            else if (buffer[i] == 'Ё') buffer[i] = 'Е';
        }
        return true;
    }
}

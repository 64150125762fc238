using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Janalyq.Search.Analysis;

/// <summary>
/// One analyzer per language of the index (README.md of the Search folder): Russian (ё folded to е, Snowball's Russian
/// stemmer), English (possessives, Porter), Kazakh (our <see cref="KazakhStemmer"/>), and a plain one for text in no
/// known language. Every chain lower-cases and folds ё, so a query typed in either case meets every field.
/// </summary>
public static class LanguageAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The languages with fields of their own; an article in any other language goes to <see cref="Other"/>.</summary>
    public static readonly IReadOnlyList<string> Languages = ["ru", "kk", "en"];

    /// <summary>The field suffix of articles in no known language.</summary>
    public const string Other = "xx";

    /// <summary>Every field suffix: the languages and <see cref="Other"/>.</summary>
    public static readonly IReadOnlyList<string> FieldLanguages = [.. Languages, Other];

    /// <summary>Kazakh function words (and, with, about, this, that, for) that say nothing about what a text is about.</summary>
    private static readonly string[] KazakhStopWords =
        ["және", "мен", "бен", "пен", "да", "де", "та", "те", "бұл", "сол", "осы", "ол", "үшін", "туралы", "деп", "еді", "екен", "немесе", "әрі", "не", "ма", "ме", "ба", "бе", "па", "пе", "мұның", "оның"];

    private static readonly CharArraySet KazakhStops = new(Version, KazakhStopWords, false);

    /// <summary>The analyzer of a field suffix ("ru", "kk", "en", "xx").</summary>
    public static Analyzer For(string language, bool stemKazakh = true) => language switch
    {
        "ru" => new Chain(s => new SnowballFilter(new StopFilter(Version, s, RussianAnalyzer.DefaultStopSet), new Lucene.Net.Tartarus.Snowball.Ext.RussianStemmer())),
        "en" => new Chain(s => new PorterStemFilter(new StopFilter(Version, s, EnglishAnalyzer.DefaultStopSet)), englishPossessive: true),
        "kk" => new Chain(s => stemKazakh ? new KazakhStemFilter(new StopFilter(Version, s, KazakhStops)) : new StopFilter(Version, s, KazakhStops)),
        _ => new Chain(s => s),
    };

    /// <summary>StandardTokenizer, lower case, ё → е, then the language's own filters.</summary>
    private sealed class Chain(Func<TokenStream, TokenStream> language, bool englishPossessive = false) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
            TokenStream stream = tokenizer;
            if (englishPossessive) stream = new EnglishPossessiveFilter(Version, stream);
            stream = new YoFoldingFilter(new LowerCaseFilter(Version, stream));
            return new TokenStreamComponents(tokenizer, language(stream));
        }
    }
}

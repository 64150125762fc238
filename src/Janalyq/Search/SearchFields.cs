using Janalyq.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace Janalyq.Search;

/// <summary>The fields of the index: one title and one body field per language, and the keys filters and counts read.</summary>
public static class SearchFields
{
    public const string Id = "id";
    public const string Article = "article";
    public const string Url = "url";
    public const string Published = "published";
    public const string PublishedText = "published_text";
    public const string Story = "story";
    public const string OriginalOf = "copy_of";
    public const string Category = "category";
    public const string Outlet = "outlet";
    public const string OutletName = "outlet_name";
    public const string Language = "language";

    public static string Title(string language) => "title_" + language;

    public static string Body(string language) => "body_" + language;

    /// <summary>The field suffix an article of <paramref name="language"/> is indexed under.</summary>
    public static string FieldLanguage(string? language) =>
        language is not null && LanguageAnalyzers.Languages.Contains(language) ? language : LanguageAnalyzers.Other;

    /// <summary>Each text field with its language's analyzer.</summary>
    public static Analyzer Analyzer(bool stemKazakh = true)
    {
        var fields = new Dictionary<string, Analyzer>();
        foreach (var language in LanguageAnalyzers.FieldLanguages)
        {
            var analyzer = LanguageAnalyzers.For(language, stemKazakh);
            fields[Title(language)] = analyzer;
            fields[Body(language)] = analyzer;
        }
        return new PerFieldAnalyzerWrapper(LanguageAnalyzers.For(LanguageAnalyzers.Other), fields);
    }
}

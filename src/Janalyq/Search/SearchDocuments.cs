using System.Globalization;
using Janalyq.Storage;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Janalyq.Search;

/// <summary>How an article becomes a Lucene document (<see cref="SearchFields"/>).</summary>
public static class SearchDocuments
{
    public static Term IdTerm(long id) => new(SearchFields.Id, id.ToString(CultureInfo.InvariantCulture));

    public static Document ToLucene(SearchDocument article)
    {
        var language = SearchFields.FieldLanguage(article.Language);
        var body = string.IsNullOrWhiteSpace(article.Lead) || article.Text.StartsWith(article.Lead, StringComparison.Ordinal)
            ? article.Text
            : article.Lead + "\n\n" + article.Text;
        var document = new Document
        {
            new StringField(SearchFields.Id, article.Id.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new NumericDocValuesField(SearchFields.Article, article.Id),
            new StoredField(SearchFields.Url, article.Url),
            new TextField(SearchFields.Title(language), article.Title, Field.Store.YES),
            new TextField(SearchFields.Body(language), body, Field.Store.YES),
            new Int64Field(SearchFields.Published, article.SortUtc, Field.Store.NO),
            new NumericDocValuesField(SearchFields.Published, article.SortUtc),
            new NumericDocValuesField(SearchFields.Story, article.StoryId ?? 0),
            new StringField(SearchFields.Story, (article.StoryId ?? 0).ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new NumericDocValuesField(SearchFields.OriginalOf, article.DuplicateOfId ?? 0),
        };
        if (article.PublishedAt is not null) document.Add(new StoredField(SearchFields.PublishedText, article.PublishedAt));
        if (article.OutletName is not null) document.Add(new StoredField(SearchFields.OutletName, article.OutletName));
        Key(document, SearchFields.Category, article.Category);
        Key(document, SearchFields.Outlet, article.Outlet);
        Key(document, SearchFields.Language, article.Language);
        return document;
    }

    /// <summary>A keyword filters (indexed), is counted (doc values) and is shown (stored).</summary>
    private static void Key(Document document, string field, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        document.Add(new StringField(field, value, Field.Store.YES));
        document.Add(new SortedDocValuesField(field, new BytesRef(value)));
    }
}

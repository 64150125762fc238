using System.Globalization;
using Janalyq.Search;

namespace Janalyq.Web.Site.Pages;

/// <summary>
/// /search?q=… in every site version: the hits (one per story), their counts per section, outlet and language as
/// filters (category=, outlet=, language=, from=, to= as yyyy-MM-dd), sort=date, page=. Every query gets a page.
/// </summary>
internal static class SearchEndpoint
{
    private const int PageSize = 20;
    private const int MaxPage = 50;

    /// <summary>
    /// The search is taken from the services when the host has it (AddSearch): a site composed without it (some tests)
    /// answers with the page's empty state instead of failing every route at startup.
    /// </summary>
    public static async Task<IResult> HandleAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var search = http.RequestServices.GetService<ArticleSearch>();
        int? page = SitePage.PageNumber(http);
        if (page is null or > MaxPage) return SitePage.NotFound(http);
        var q = http.Request.Query;
        var filters = new SearchFilters(
            q["q"].ToString(), Keyword(q["category"]), Keyword(q["outlet"]), Keyword(q["language"]),
            Day(q["from"]), Day(q["to"]), q["sort"] == "date" ? SearchSort.Date : SearchSort.Relevance, page.Value);
        var request = new SearchRequest(filters.Query)
        {
            Category = filters.Category,
            Outlet = filters.Outlet,
            Language = filters.Language,
            From = filters.From is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(5)) : null,
            To = filters.To is { } to ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(5)) : null,
            Sort = filters.Sort,
            Limit = PageSize + 1,
            Offset = (page.Value - 1) * PageSize,
        };
        var results = string.IsNullOrWhiteSpace(filters.Query) || search is null
            ? SearchResults.Empty(catchingUp: false)
            : await search.SearchAsync(request, cancellationToken);
        // The counts name outlets by slug; the page shows their names.
        var sources = http.RequestServices.GetService<Janalyq.Storage.ISourceRepository>();
        var outletNames = sources is null || results.Outlets.Count == 0
            ? new Dictionary<string, string>()
            : (await sources.ListAsync(cancellationToken)).GroupBy(s => s.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var model = new SearchModel(filters, results, results.Hits.Count > PageSize, PageSize, outletNames);
        var context = SitePage.Context(http);
        return SitePage.Render<SearchPage>(http, new { Ctx = context, Model = model }, "no-store");
    }

    /// <summary>A slug-like value (letters, digits, '-', at most 40), else no filter.</summary>
    private static string? Keyword(string? value) =>
        value is { Length: > 0 and <= 40 } v && v.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? v : null;

    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

/// <summary>What the reader asked for, to fill the form and build the filter links.</summary>
public sealed record SearchFilters(string Query, string? Category, string? Outlet, string? Language, DateOnly? From, DateOnly? To, SearchSort Sort, int Page)
{
    /// <summary>The search's address with one thing changed (page back to 1 unless given).</summary>
    public string Link(string searchPath, string? category = null, string? outlet = null, string? language = null, SearchSort? sort = null, int page = 1, bool clear = false)
    {
        var parts = new List<KeyValuePair<string, string?>> { new("q", Query) };
        if (!clear)
        {
            if ((category ?? Category) is { } c) parts.Add(new("category", c));
            if ((outlet ?? Outlet) is { } o) parts.Add(new("outlet", o));
            if ((language ?? Language) is { } l) parts.Add(new("language", l));
            if (From is { } f) parts.Add(new("from", f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            if (To is { } t) parts.Add(new("to", t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        if ((sort ?? Sort) == SearchSort.Date) parts.Add(new("sort", "date"));
        if (page > 1) parts.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        return searchPath + QueryString.Create(parts).ToUriComponent();
    }
}

/// <param name="OutletNames">Outlet names by slug, for the counts.</param>
public sealed record SearchModel(SearchFilters Filters, SearchResults Results, bool HasNextPage, int PageSize, IReadOnlyDictionary<string, string> OutletNames);

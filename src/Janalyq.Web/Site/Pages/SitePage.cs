using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Janalyq.Web.Site.Pages;

/// <summary>What every page endpoint does alike: find the interface language, build the context, render.</summary>
internal static class SitePage
{
    /// <summary>News changes by the minute; a short shared cache spares the database without hiding news.</summary>
    public const string ListingCache = "public, max-age=60";
    public const string ArticleCache = "public, max-age=300";
    /// <summary>A missing page is not cached: the article may arrive a minute later.</summary>
    public const string NotFoundCache = "no-store";

    public static SiteLanguage Language(HttpContext http) =>
        SiteLanguage.Find(http.GetRouteValue("lang") as string) ?? SiteLanguage.Default;

    public static PageContext Context(HttpContext http) => Context(http, Language(http));

    public static PageContext Context(HttpContext http, SiteLanguage language)
    {
        string path = http.Request.Path.Value ?? "/";
        if (http.GetRouteValue("lang") is string lang)
        {
            path = path[(lang.Length + 1)..];
            if (path.Length == 0) path = "/";
        }
        return PageContext.For(http, language, path);
    }

    public static RazorComponentResult<TPage> Render<TPage>(HttpContext http, object parameters, string cacheControl, int status = StatusCodes.Status200OK)
        where TPage : IComponent
    {
        http.Response.Headers.CacheControl = cacheControl;
        return new RazorComponentResult<TPage>(parameters) { StatusCode = status };
    }

    public static IResult NotFound(HttpContext http) => NotFoundEndpoint.Handle(http);

    /// <summary>A positive page number from "?page=", 1 when absent; null when it is not a number a reader could mean.</summary>
    public static int? PageNumber(HttpContext http)
    {
        string? raw = http.Request.Query["page"];
        if (string.IsNullOrEmpty(raw)) return 1;
        return int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int page) && page >= 1
            ? page
            : null;
    }
}

namespace Janalyq.Web.Site.Pages;

/// <summary>The localized "page not found": for unknown paths, and for ids and slugs that name nothing.</summary>
internal static class NotFoundEndpoint
{
    public static IResult Handle(HttpContext http)
    {
        // Unmatched paths have no route values: take the language from the first segment ourselves.
        string? first = http.Request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var language = SiteLanguage.Find(http.GetRouteValue("lang") as string ?? first) ?? SiteLanguage.Default;
        var context = PageContext.For(http, language, "/");
        return SitePage.Render<NotFoundPage>(http, new { Ctx = context }, SitePage.NotFoundCache, StatusCodes.Status404NotFound);
    }
}

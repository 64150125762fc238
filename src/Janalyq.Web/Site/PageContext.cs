namespace Janalyq.Web.Site;

/// <summary>What every component of one page needs: the interface language, its strings, times and links.</summary>
public sealed class PageContext
{
    public PageContext(SiteLanguage language, SiteTime time, SiteLinks links, SiteMedia media)
    {
        Media = media;
        Language = language;
        Text = new SiteText(language);
        Time = time;
        Links = links;
    }

    public SiteLanguage Language { get; }
    public SiteText Text { get; }
    public SiteTime Time { get; }
    public SiteLinks Links { get; }
    public SiteMedia Media { get; }

    /// <summary>The context of the current request: <paramref name="path"/> is the site path without the language prefix.</summary>
    public static PageContext For(HttpContext http, SiteLanguage language, string path)
    {
        var services = http.RequestServices;
        string baseUrl = services.GetRequiredService<SiteOrigin>().For(http.Request);
        string pathWithQuery = path + http.Request.QueryString;
        return new PageContext(
            language, services.GetRequiredService<SiteTime>(), new SiteLinks(language, pathWithQuery, baseUrl), services.GetRequiredService<SiteMedia>());
    }
}

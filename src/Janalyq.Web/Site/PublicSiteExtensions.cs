using Janalyq.Ranking;
using Janalyq.Settings;
using Janalyq.Storage.Media;
using Janalyq.Web.Site.Feeds;
using Janalyq.Web.Site.Pages;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Janalyq.Web.Site;

/// <summary>The public site: home, categories, articles and stories, server-rendered, in ru (default), kk and en.</summary>
public static class PublicSiteExtensions
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>
    /// Registers the site's services and the ranking of "Актуальное" (Janalyq.Ranking). Expects IArticleRepository,
    /// ISourceRepository and IStoryRepository to be registered by the storage, and uses IMediaStore when registered
    /// (photos from /media/{key}); adds TimeProvider.System when no TimeProvider is registered. Options: section
    /// "Site" (<see cref="SiteOptions"/>) and AllowedHosts (which hosts absolute links may name, <see cref="SiteOrigin"/>).
    /// </summary>
    public static IServiceCollection AddPublicSite(this IServiceCollection services)
    {
        services.AddSettings<SiteOptions>(SiteOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new SiteTime(
            sp.GetRequiredService<IOptions<SiteOptions>>().Value.TimeZone, sp.GetRequiredService<TimeProvider>()));
        services.AddRanking();
        services.TryAddSingleton<SiteOrigin>();
        services.TryAddSingleton(sp => new SiteMedia(sp.GetService<IMediaStore>()));
        services.Configure<RouteOptions>(o => o.SetParameterPolicy<SiteLanguageRouteConstraint>(SiteLanguageRouteConstraint.Name));
        // The default encoder writes every Cyrillic letter as &#x...; (three times the bytes, unreadable source).
        // UTF-8 pages need only the HTML-sensitive characters escaped.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorComponents();
        // Pages are text: Brotli or gzip at the fastest level (a 66 kB front page becomes about 10 kB) costs less
        // than the bytes it saves on a phone's network. Photos and fonts are compressed already.
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            o.MimeTypes = Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes.Concat(
                ["application/rss+xml", "application/atom+xml", "image/svg+xml", "application/manifest+json"]);
        });
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        return services;
    }

    /// <summary>
    /// Maps the site's pages under "/" (Russian) and "/kk/", "/en/" (and "/ru/"), its assets under /assets/, the
    /// media store's photos under /media/ (when one is registered), and a localized 404 page as the fallback for every
    /// unmatched path. In front of every endpoint of the app, <see cref="RequestGuard"/> answers 400 to requests
    /// with no usable Host or with control characters in the path.
    /// </summary>
    public static WebApplication MapPublicSite(this WebApplication app)
    {
        app.UseMiddleware<RequestGuard>();
        app.UseMiddleware<CanonicalPaths>();
        app.UseResponseCompression();
        app.UseMiddleware<PageValidators>(); // inside compression: the validator hashes the page, not its encoding
        var videoHosts = app.Services.GetService<IOptions<Janalyq.Extraction.ExtractionOptions>>()?.Value.AllowedVideoHosts ?? [];
        var policy = SecurityHeaders.ContentSecurityPolicy(videoHosts);
        var site = app.MapGroup("").AddEndpointFilter(async (context, next) =>
        {
            SecurityHeaders.Apply(context.HttpContext.Response, policy);
            return await next(context);
        });

        site.MapMethods("/assets/{name}", GetAndHead, (string name, HttpContext http) => SiteAssets.Serve(name, http));
        // Outside the group: photos get their own, stricter policy.
        if (app.Services.GetService<IServiceProviderIsService>()?.IsService(typeof(IMediaStore)) == true)
            app.MapMethods("/media/{key}", GetAndHead, MediaEndpoint.Serve);

        foreach (string prefix in new[] { "", "/{lang:" + SiteLanguageRouteConstraint.Name + "}" })
        {
            site.MapMethods(prefix + "/", GetAndHead, HomeEndpoint.HandleAsync);
            site.MapMethods(prefix + "/category/{slug}", GetAndHead, CategoryEndpoint.HandleAsync);
            site.MapMethods(prefix + "/article/{key}", GetAndHead, ArticleEndpoint.HandleAsync);
            site.MapMethods(prefix + "/story/{id}", GetAndHead, StoryEndpoint.HandleAsync);
            site.MapFeeds(prefix);
            site.MapMethods(prefix + "/search", GetAndHead, SearchEndpoint.HandleAsync);
        }
        site.MapSitemaps();
        site.MapMethods("/manifest.webmanifest", GetAndHead, WebManifest.Serve);

        // Kazakhstani sites say "kz" for their Kazakh version; readers will type it. The path is decoded: escape it
        // again, or a letter outside ASCII would be thrown out of the Location header.
        site.MapMethods("/kz/{**rest}", GetAndHead, (string? rest) =>
            Results.Redirect(new PathString("/kk/" + rest).ToUriComponent(), permanent: true));

        // "{*path}" rather than the default "{*path:nonfile}": /favicon.ico and /old-page.php get the same page.
        // Only for GET and HEAD: another method on a path the site has answers 405 (with Allow), on any other path too.
        site.MapFallback("{*path}", NotFoundEndpoint.Handle).WithMetadata(new HttpMethodMetadata(GetAndHead));
        return app;
    }
}

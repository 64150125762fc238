using Janalyq.Storage;
using Janalyq.Tests.Support;
using Janalyq.Web.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Janalyq.Tests.Site;

/// <summary>
/// The public site on real Kestrel at 127.0.0.1 on a free port, over the real storage (SQLite) in a throwaway data
/// folder, filled through the repositories.
/// </summary>
internal sealed class SiteHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TempFolder _data;

    private SiteHost(WebApplication app, TempFolder data, Uri address, ISourceRepository sources, IArticleRepository articles, IStoryRepository stories)
    {
        _app = app;
        _data = data;
        Address = address;
        Sources = sources;
        Articles = articles;
        Stories = stories;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address };
    }

    public Uri Address { get; }
    public HttpClient Client { get; }
    public ISourceRepository Sources { get; }
    public IArticleRepository Articles { get; }
    public IStoryRepository Stories { get; }
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts the site; with <paramref name="seed"/>, fills it with <see cref="SiteSampleData"/>;
    /// <paramref name="settings"/> are configuration keys ("Site:PublicBaseUrl", "AllowedHosts").
    /// </summary>
    public static async Task<SiteHost> StartAsync(
        bool seed = true, int port = 0, int? pageSize = null, IReadOnlyDictionary<string, string?>? settings = null,
        CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        if (port == 0) builder.Logging.ClearProviders(); // a person watching the dev server wants the log
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        if (pageSize is int size) builder.Configuration["Site:PageSize"] = size.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.Configuration[key] = value;

        var data = new TempFolder("janalyq-site");
        builder.Configuration["Storage:DataDirectory"] = data.Path;
        builder.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(SiteSampleData.Now));
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddPublicSite();

        var app = builder.Build();
        await app.Services.GetRequiredService<IDatabase>().MigrateAsync(cancellationToken);
        var sources = app.Services.GetRequiredService<ISourceRepository>();
        var articles = app.Services.GetRequiredService<IArticleRepository>();
        var stories = app.Services.GetRequiredService<IStoryRepository>();
        app.MapGet("/dev-media/{name}", (string name) => Results.Text(DevPhoto.Svg(name), "image/svg+xml"));
        app.MapPublicSite();
        await app.StartAsync(cancellationToken);

        string bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var host = new SiteHost(app, data, new Uri(bound), sources, articles, stories);
        if (seed) await SiteSampleData.SeedAsync(sources, articles, stories, bound.TrimEnd('/'), cancellationToken);
        return host;
    }

    /// <summary>GETs a path and parses the page; <paramref name="host"/> replaces the Host header the client would send.</summary>
    /// <summary>
    /// GETs <paramref name="path"/>; an article by its id alone ("/kk/article/42") is followed once to its address
    /// (the site answers it 301, CanonicalUrlTests checks that), so tests can name articles by id.
    /// </summary>
    public async Task<SitePageResponse> GetAsync(string path, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (host is not null) request.Headers.Host = host;
        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        if (SitePageResponse.IsArticleById(path) && response.StatusCode == System.Net.HttpStatusCode.MovedPermanently)
            return await GetAsync(response.Headers.Location!.OriginalString, host);
        string html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new SitePageResponse(response.StatusCode, response.Headers, response.Content.Headers, html);
    }

    /// <summary>The id of the stored article with this title.</summary>
    public async Task<long> IdOfAsync(string title)
    {
        var all = await Articles.LatestAsync(new ArticleQuery { Limit = 1000 }, TestContext.Current.CancellationToken);
        return all.Single(a => a.Title == title).Id;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}

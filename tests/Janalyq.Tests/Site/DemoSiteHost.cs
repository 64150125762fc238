using Janalyq.Pipeline;
using Janalyq.Storage;
using Janalyq.Tests.Support;
using Janalyq.Web.Cli;
using Janalyq.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Janalyq.Tests.Site;

/// <summary>
/// The public site over the real engine (SQLite, media store) with the demo corpus imported, on a throwaway
/// data folder: what `./janalyq serve` shows, composed here the way the host composes it.
/// </summary>
internal sealed class DemoSiteHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TempFolder _data;

    private DemoSiteHost(WebApplication app, TempFolder data, Uri address)
    {
        _app = app;
        _data = data;
        Address = address;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address };
    }

    public Uri Address { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;

    public static async Task<DemoSiteHost> StartAsync(int port = 0, CancellationToken cancellationToken = default)
    {
        var data = new TempFolder("janalyq-site");
        // Exactly what `./janalyq serve` composes (site, media, health, crawler), on a throwaway data folder.
        var app = JanalyqWebApp.Build(data.Path, $"http://127.0.0.1:{port}", []);
        await ServeCommand.PrepareAsync(app.Services, cancellationToken);
        // The stages after storage (understanding: stories, copies, categories) caught up before the first request,
        // explicitly, so that no test races the background runner.
        await app.Services.GetRequiredService<PipelineRunner>().RunUntilCaughtUpAsync(cancellationToken);
        await app.StartAsync(cancellationToken);

        string bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new DemoSiteHost(app, data, new Uri(bound));
    }

    /// <summary>GETs <paramref name="path"/>; an article by its id alone is followed once to its address (see SiteHost.GetAsync).</summary>
    public async Task<SitePageResponse> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        if (SitePageResponse.IsArticleById(path) && response.StatusCode == System.Net.HttpStatusCode.MovedPermanently)
            return await GetAsync(response.Headers.Location!.OriginalString);
        string html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new SitePageResponse(response.StatusCode, response.Headers, response.Content.Headers, html);
    }

    public Task<IReadOnlyList<ArticleListItem>> AllArticlesAsync() =>
        Services.GetRequiredService<IArticleRepository>().LatestAsync(new ArticleQuery { Limit = 1000 }, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}

using System.Net;
using System.Text.Json;
using Janalyq.Extraction;
using Janalyq.Ingestion;
using Janalyq.Pipeline;
using Janalyq.Storage;
using Janalyq.Tests.Storage;
using Janalyq.Tests.Support;
using Janalyq.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Janalyq.Tests.Pipeline;

/// <summary>/healthz shows each stage's lag and last error, and is Degraded while a stage fails.</summary>
public sealed class PipelineHealthTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Healthz_shows_a_failing_stage_with_its_lag_and_error()
    {
        using var data = new TempFolder();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        var stage = new RecordingStage("search") { FailNext = 1 };
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Storage:DataDirectory"] = data.Path;
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddStorage(builder.Configuration).AddExtraction(builder.Configuration).AddIngestion(builder.Configuration);
        builder.Services.AddSingleton<IPipelineStage>(stage);
        // As JanalyqWebApp composes /healthz.
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database").AddCheck<PipelineHealthCheck>("pipeline");
        await using var app = builder.Build();
        app.MapHealthChecks("/healthz", HealthReportWriter.Options);
        await app.Services.GetRequiredService<IDatabase>().MigrateAsync(Ct);
        await app.StartAsync(Ct);
        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First()) };
        var articles = app.Services.GetRequiredService<IArticleRepository>();
        await articles.SaveAsync(ArticleRepositoryTests.Sample("https://a.kz/1"), Ct);
        await articles.SaveAsync(ArticleRepositoryTests.Sample("https://a.kz/2"), Ct);
        var runner = app.Services.GetRequiredService<PipelineRunner>();

        await runner.RunUntilCaughtUpAsync(Ct);
        time.Advance(TimeSpan.FromSeconds(3));
        var failing = await HealthAsync(client);
        time.Advance(TimeSpan.FromMinutes(1));
        await runner.RunUntilCaughtUpAsync(Ct);
        var recovered = await HealthAsync(client);

        Assert.Equal((HttpStatusCode.OK, "Degraded"), (failing.Status, failing.Json.GetProperty("status").GetString()));
        var search = failing.Json.GetProperty("checks").GetProperty("pipeline").GetProperty("data").GetProperty("search");
        Assert.Equal(2, search.GetProperty("lag_entries").GetInt64());
        Assert.Equal(3, search.GetProperty("lag_seconds").GetDouble());
        Assert.Equal(1, search.GetProperty("failures").GetInt32());
        Assert.Contains("search index unavailable", search.GetProperty("last_error").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", recovered.Json.GetProperty("status").GetString());
        Assert.Equal(0, recovered.Json.GetProperty("checks").GetProperty("pipeline").GetProperty("data").GetProperty("search").GetProperty("lag_entries").GetInt64());
        await app.StopAsync(Ct);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Json)> HealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/healthz", Ct);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone());
    }
}

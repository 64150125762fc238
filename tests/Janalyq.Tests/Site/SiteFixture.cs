namespace Janalyq.Tests.Site;

/// <summary>One running sample site shared by the tests of a class (pages are read-only for them).</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    internal SiteHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Host = await SiteHost.StartAsync();

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

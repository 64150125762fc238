using System.Text;
using Janalyq.Storage.Media;
using Janalyq.Tests.Support;

namespace Janalyq.Tests.Storage.Media;

public sealed class FileMediaStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stores_serves_and_replaces_copies_and_finds_them_after_a_restart()
    {
        using var folder = new TempFolder();
        var store = new FileMediaStore(folder.Path);
        const string url = "https://outlet.kz/photo.svg";
        Assert.Null(store.KeyFor(url));

        await store.PutAsync(url, new MemoryStream(Encoding.UTF8.GetBytes("<svg/>")), "image/svg+xml", Ct);
        await store.PutAsync(url, new MemoryStream([0xFF, 0xD8, 0xFF]), "image/jpeg", Ct);

        var key = store.KeyFor(url)!;
        Assert.EndsWith(".jpg", key, StringComparison.Ordinal);
        Assert.Equal("image/jpeg", store.Open(key)!.ContentType);
        Assert.Single(Directory.GetFiles(folder.Path));
        Assert.Equal(key, new FileMediaStore(folder.Path).KeyFor(url));
    }

    [Theory]
    [InlineData("../janalyq.db")]
    [InlineData(".hidden")]
    [InlineData("a/b.svg")]
    [InlineData("missing.svg")]
    public void Refuses_keys_outside_the_store(string key) =>
        Assert.Null(new FileMediaStore(Path.GetTempPath()).Open(key));

    [Fact]
    public async Task Refuses_types_that_are_not_images()
    {
        using var folder = new TempFolder();
        await Assert.ThrowsAsync<ArgumentException>(() =>
            new FileMediaStore(folder.Path).PutAsync("https://x.kz/a", new MemoryStream(), "text/html", Ct));
    }
}

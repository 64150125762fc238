using Janalyq.Search;
using Janalyq.Storage;
using Janalyq.Tests.Support;

namespace Janalyq.Tests.Search;

/// <summary>A missing or damaged index is rebuilt from the change log, and search answers meanwhile.</summary>
public sealed class SearchIndexRepairTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<int> CountAsync(Engine engine) =>
        (await engine.Get<ArticleSearch>().SearchAsync(new SearchRequest("Тлеубердиев OR Тілеубердиев OR Tleuberdiyev") { Limit = 100 }, Ct)).Articles;

    [Theory]
    [InlineData("deleted")]
    [InlineData("garbage")]
    [InlineData("truncated")]
    public async Task Rebuilds_a_missing_or_damaged_index(string damage)
    {
        using var data = new TempFolder();
        int before;
        await using (var engine = await ArticleSearchTests.StartAsync(data.Path))
        {
            await ArticleSearchTests.StoreDemoAsync(engine);
            await ArticleSearchTests.CatchUpAsync(engine);
            before = await CountAsync(engine);
            Assert.True(before > 0);
        }
        var folder = Path.Combine(data.Path, "search");
        foreach (var file in Directory.GetFiles(folder))
        {
            if (damage == "deleted") File.Delete(file);
            else if (damage == "garbage") File.WriteAllBytes(file, [1, 2, 3, 4, 5, 6, 7, 8]);
            else if (Path.GetFileName(file).StartsWith("segments_", StringComparison.Ordinal)) File.WriteAllBytes(file, File.ReadAllBytes(file)[..10]);
        }

        await using (var engine = await ArticleSearchTests.StartAsync(data.Path))
        {
            var index = engine.Get<SearchIndex>();
            await index.EnsureOpenAsync(Ct);
            Assert.True(index.Rebuilding);
            Assert.Equal(0, (await engine.Get<IStageCheckpoints>().GetAsync(SearchStage.StageName, Ct)).Position);
            var meanwhile = await engine.Get<ArticleSearch>().SearchAsync(new SearchRequest("Тлеубердиев"), Ct);
            Assert.True(meanwhile.CatchingUp);
            await ArticleSearchTests.CatchUpAsync(engine);
            Assert.False(index.Rebuilding);
            Assert.Equal(before, await CountAsync(engine));
        }
    }
}

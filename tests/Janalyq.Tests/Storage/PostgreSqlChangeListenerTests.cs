using Janalyq.Storage;
using Janalyq.Storage.PostgreSql;
using Janalyq.Tests.Support;

namespace Janalyq.Tests.Storage;

/// <summary>On PostgreSQL, a change committed by one process wakes the pipeline of another at once (LISTEN/NOTIFY).</summary>
public sealed class PostgreSqlChangeListenerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task A_save_in_one_process_wakes_the_pipeline_of_another(string database)
    {
        Assert.SkipUnless(database == StorageProviders.PostgreSql, "LISTEN/NOTIFY is PostgreSQL's; SQLite's other processes poll");
        using var folder = new TempFolder();
        await using var writer = await Engine.StartAsync(folder.Path, database: database);
        await using var reader = await Engine.StartAsync(folder.Path, database: database); // a second node on the same database
        var listener = reader.Get<PostgreSqlChangeListener>();
        await listener.StartAsync(Ct);
        try
        {
            await listener.Listening.WaitAsync(TimeSpan.FromSeconds(30), Ct);
            var woken = reader.Get<ArticleChangeSignal>().NextAsync();

            await writer.Get<IArticleRepository>().SaveAsync(ArticleRepositoryTests.Sample("https://a.kz/1"), Ct);

            // A safety bound, not a race: the notification arrives in milliseconds, the test fails only if it never does.
            await woken.WaitAsync(TimeSpan.FromSeconds(30), Ct);
            var log = await reader.Get<IArticleChangeLog>().ReadAfterAsync(0, 10, Ct);
            Assert.Single(log);
        }
        finally
        {
            await listener.StopAsync(Ct);
        }
    }
}

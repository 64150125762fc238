using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Janalyq.Ingestion.Import;
using Janalyq.News;
using Janalyq.Pipeline;
using Janalyq.Search;
using Janalyq.Storage;
using Janalyq.Understanding;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// dotnet run -c Release --project bench/Janalyq.Bench.Search -- relevance
// dotnet run -c Release --project bench/Janalyq.Bench.Search -- latency [--articles N] [--queries N]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var root = FindRoot();
var verb = args.FirstOrDefault() ?? "relevance";
int Arg(string name, int fallback) => Array.IndexOf(args, name) is var i && i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
if (verb == "relevance") await Relevance.RunAsync(root);
else if (verb == "latency") await Latency.RunAsync(root, Arg("--articles", 50_000), Arg("--queries", 1000));
else { Console.Error.WriteLine("usage: relevance | latency [--articles N] [--queries N]"); return 4; }
return 0;

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Janalyq.slnx"))) dir = dir.Parent;
    return dir?.FullName ?? throw new InvalidOperationException("run inside the repository");
}

/// <summary>Our engine on a throwaway data folder: storage, the pipeline, understanding and search.</summary>
internal static class Engines
{
    public static async Task<ServiceProvider> StartAsync(string data, bool stemKazakh)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = data,
            ["Search:StemKazakh"] = stemKazakh ? "true" : "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddStorage(configuration);
        services.AddPipeline(configuration);
        services.AddUnderstanding(configuration);
        services.AddSearch(configuration);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IDatabase>().MigrateAsync(CancellationToken.None);
        return provider;
    }

    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "janalyq-bench-search-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }
}

/// <summary>SQLite FTS5 as people would set it up: unicode61 (case folding, diacritics removed), bm25 with the title weighted 3.</summary>
internal sealed class Fts5 : IDisposable
{
    private readonly SqliteConnection _connection;

    public Fts5(string file)
    {
        _connection = new SqliteConnection($"Data Source={file}");
        _connection.Open();
        Execute("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='unicode61 remove_diacritics 2');");
    }

    public void Add(IEnumerable<(long Id, string Title, string Body)> rows)
    {
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO docs(rowid, title, body) VALUES ($id, $t, $b)";
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var t = insert.Parameters.Add("$t", SqliteType.Text);
        var b = insert.Parameters.Add("$b", SqliteType.Text);
        foreach (var row in rows)
        {
            id.Value = row.Id; t.Value = row.Title; b.Value = row.Body;
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>The query's words, each quoted (FTS5 syntax escaped), joined by AND (FTS5's default) or OR.</summary>
    public static string? Match(string query, bool or)
    {
        var words = Regex.Matches(query, @"[\p{L}\p{N}]+").Select(m => "\"" + m.Value + "\"").ToList();
        return words.Count == 0 ? null : string.Join(or ? " OR " : " ", words);
    }

    public List<long> Search(string query, bool or, int limit = 10)
    {
        var match = Match(query, or);
        if (match is null) return [];
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM docs WHERE docs MATCH $q ORDER BY bm25(docs, 3.0, 1.0) LIMIT $n";
        command.Parameters.AddWithValue("$q", match);
        command.Parameters.AddWithValue("$n", limit);
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    public long Size() => (long)(ExecuteScalar("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()") ?? 0L);

    private void Execute(string sql) { using var c = _connection.CreateCommand(); c.CommandText = sql; c.ExecuteNonQuery(); }

    private object? ExecuteScalar(string sql) { using var c = _connection.CreateCommand(); c.CommandText = sql; return c.ExecuteScalar(); }

    public void Dispose() => _connection.Dispose();
}

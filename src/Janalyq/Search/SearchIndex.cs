using System.Globalization;
using Janalyq.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Janalyq.Search;

/// <summary>
/// The Lucene index in DataDirectory/Search:Folder: its writer (opened by the search stage while it has work, closed
/// when caught up, so that another process on the same data folder may take it next), and a <see cref="SearcherManager"/>
/// over its last commit that <see cref="SearchRefresher"/> reopens. Each commit carries the change-log entry it reached
/// ("seq"). <see cref="EnsureOpenAsync"/> makes a missing or unreadable index a fresh empty one, and when the index is
/// behind the stage's checkpoint (deleted, damaged, restored from an older copy) sets the checkpoint back to zero, so
/// that the stage rebuilds it from the change log while search keeps answering from what is there.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const string SequenceKey = "seq";
    private readonly string _path;
    private readonly SearchOptions _options;
    private readonly IStageCheckpoints _checkpoints;
    private readonly ILogger<SearchIndex> _logger;
    private readonly SemaphoreSlim _opening = new(1, 1);
    private readonly System.Threading.Lock _writing = new();
    private LuceneDirectory? _directory;
    private SearcherManager? _searchers;
    private IndexWriter? _writer;
    private volatile bool _rebuilding;

    public SearchIndex(IOptions<StorageOptions> storage, IOptions<SearchOptions> options, IStageCheckpoints checkpoints, ILogger<SearchIndex> logger)
    {
        _options = options.Value;
        _path = Path.Combine(Path.GetFullPath(storage.Value.DataDirectory), _options.Folder);
        _checkpoints = checkpoints;
        _logger = logger;
    }

    /// <summary>Where the index lives.</summary>
    public string FolderPath => _path;

    /// <summary>True from the moment the index was found missing or damaged until the stage has caught up again.</summary>
    public bool Rebuilding => _rebuilding;

    /// <summary>Raised after every commit of the writer (the refresher reopens the searcher at once).</summary>
    public event Action? Committed;

    /// <summary>Opens the index (once), repairing it as the class summary says.</summary>
    public async Task EnsureOpenAsync(CancellationToken cancellationToken)
    {
        if (_searchers is not null) return;
        await _opening.WaitAsync(cancellationToken);
        try
        {
            if (_searchers is not null) return;
            System.IO.Directory.CreateDirectory(_path);
            var directory = FSDirectory.Open(new DirectoryInfo(_path));
            long sequence;
            try
            {
                if (!DirectoryReader.IndexExists(directory)) CreateEmpty(directory, "no index yet");
                sequence = CommittedSequence(directory);
            }
            catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
                                          or FormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
            {
                _logger.LogWarning("Search index at {Path} cannot be read ({Error}); it is rebuilt from the change log", _path, e.Message);
                directory.Dispose();
                ClearFolder();
                directory = FSDirectory.Open(new DirectoryInfo(_path));
                CreateEmpty(directory, "damaged");
                sequence = 0;
            }
            var checkpoint = (await _checkpoints.GetAsync(SearchStage.StageName, cancellationToken)).Position;
            if (sequence < checkpoint)
            {
                _logger.LogWarning("Search index reached entry {Sequence}, its stage's checkpoint {Checkpoint}: rebuilding from the change log", sequence, checkpoint);
                if (sequence > 0) CreateEmpty(directory, "behind its checkpoint");
                await using var work = await _checkpoints.BeginAsync(cancellationToken);
                await _checkpoints.ResetAsync(work, SearchStage.StageName, cancellationToken);
                await work.CommitAsync(cancellationToken);
                _rebuilding = true;
            }
            _directory = directory;
            _searchers = new SearcherManager(directory, null);
        }
        finally
        {
            _opening.Release();
        }
    }

    /// <summary>Runs <paramref name="search"/> on the current searcher.</summary>
    public async Task<T> SearchAsync<T>(Func<IndexSearcher, T> search, CancellationToken cancellationToken)
    {
        await EnsureOpenAsync(cancellationToken);
        var searcher = _searchers!.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Reopens the searcher if the index changed. Tests call it to see a commit at once.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await EnsureOpenAsync(cancellationToken);
        _searchers!.MaybeRefreshBlocking();
    }

    /// <summary>The change-log entry the searcher's commit reached.</summary>
    public async Task<long> SearchableSequenceAsync(CancellationToken cancellationToken) =>
        await SearchAsync(s => Sequence(((DirectoryReader)s.IndexReader).IndexCommit.UserData), cancellationToken);

    /// <summary>Changes documents and commits them with the entry they reach; the writer stays open unless <paramref name="close"/>.</summary>
    public async Task WriteAsync(Action<IndexWriter> change, long sequence, bool close, CancellationToken cancellationToken)
    {
        await EnsureOpenAsync(cancellationToken);
        lock (_writing)
        {
            _writer ??= new IndexWriter(_directory!, Config(OpenMode.APPEND));
            try
            {
                change(_writer);
                _writer.SetCommitData(new Dictionary<string, string> { [SequenceKey] = sequence.ToString(CultureInfo.InvariantCulture) });
                _writer.Commit();
            }
            catch
            {
                // A failed batch leaves nothing half-written: the uncommitted changes go with the writer.
                _writer.Rollback();
                _writer = null;
                throw;
            }
            if (close)
            {
                _writer.Dispose();
                _writer = null;
                _rebuilding = false;
            }
        }
        Committed?.Invoke();
    }

    /// <summary>Deletes every document (replay).</summary>
    public Task ClearAsync(CancellationToken cancellationToken) => WriteAsync(w => w.DeleteAll(), 0, close: false, cancellationToken);

    /// <summary>The writer is given back (at stop, or before another process may take it).</summary>
    public void CloseWriter()
    {
        lock (_writing)
        {
            _writer?.Dispose();
            _writer = null;
        }
    }

    public void Dispose()
    {
        CloseWriter();
        _searchers?.Dispose();
        _directory?.Dispose();
        _opening.Dispose();
    }

    private IndexWriterConfig Config(OpenMode mode) =>
        new(Analysis.LanguageAnalyzers.Version, SearchFields.Analyzer(_options.StemKazakh)) { OpenMode = mode, RAMBufferSizeMB = 32 };

    private void CreateEmpty(LuceneDirectory directory, string why)
    {
        using var writer = new IndexWriter(directory, Config(OpenMode.CREATE));
        writer.SetCommitData(new Dictionary<string, string> { [SequenceKey] = "0" });
        writer.Commit();
        _logger.LogInformation("Search index created at {Path} ({Why})", _path, why);
    }

    private static long CommittedSequence(LuceneDirectory directory)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        // Open a reader once: a missing or truncated segment shows here, not at the first query.
        using (DirectoryReader.Open(directory)) { }
        return Sequence(infos.UserData);
    }

    private static long Sequence(IDictionary<string, string> data) =>
        data.TryGetValue(SequenceKey, out var text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private void ClearFolder()
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(_path)) File.Delete(file);
    }
}

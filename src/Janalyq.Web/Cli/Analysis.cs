using System.Text.Json;
using Janalyq.Understanding;

namespace Janalyq.Web.Cli;

/// <summary>
/// What `analyze` keeps per input line: where it is in the file, its time, and once analysed its results (a few dozen
/// bytes and its id). Stories merged after an article left the window are followed at the end, so every article of a
/// story prints the same story id.
/// </summary>
internal sealed class Analysis
{
    private readonly List<(long Offset, int Length, long? Time)> _lines = [];
    private readonly List<Result> _results = [];
    private readonly Dictionary<long, long> _mergedInto = [];

    public int Count => _lines.Count;

    public void Add(long offset, int length, long? time)
    {
        _lines.Add((offset, length, time));
        _results.Add(new Result());
    }

    public (long Offset, int Length) Location(int index) => (_lines[index].Offset, _lines[index].Length);

    /// <summary>
    /// The effective time of each line: its own, else the previous line's (the first lines without one take the first
    /// time given; none at all: 0). Articles are analysed in that order, ties in input order.
    /// </summary>
    public IEnumerable<int> InPublicationOrder()
    {
        var first = _lines.FirstOrDefault(l => l.Time is not null).Time ?? 0;
        var times = new long[_lines.Count];
        var previous = first;
        for (var i = 0; i < _lines.Count; i++) times[i] = previous = _lines[i].Time ?? previous;
        _times = times;
        var order = Enumerable.Range(0, _lines.Count).ToArray();
        Array.Sort(order, (a, b) => times[a] != times[b] ? times[a].CompareTo(times[b]) : a.CompareTo(b));
        return order;
    }

    private long[] _times = [];

    public long Time(int index) => _times[index];

    public void Record(int index, string id, UnderstandingResult result)
    {
        var r = _results[index];
        r.Id = id;
        r.Language = result.Language;
        r.IsNews = result.Classification.IsNews;
        r.Category = result.Classification.Category;
        r.ContestCategory = result.Classification.ContestCategory;
        foreach (var assignment in result.Stories.Assigned) _results[(int)assignment.ArticleId].Story = assignment.StoryId;
        foreach (var merge in result.Stories.Merged) _mergedInto[merge.From] = merge.Into;
        foreach (var copy in result.Copies) _results[(int)copy.Id].DuplicateOf = copy.DuplicateOf is { } original ? (int)original : -1;
    }

    public void Write(Utf8JsonWriter w, int index)
    {
        var r = _results[index];
        w.WriteStartObject();
        w.WriteString("id", r.Id);
        w.WriteString("language", r.Language);
        w.WriteBoolean("is_news", r.IsNews);
        w.WriteString("category", r.Category);
        w.WriteString("contest_category", r.ContestCategory);
        var story = r.Story;
        while (_mergedInto.TryGetValue(story, out var into)) story = into;
        w.WriteNumber("story", story);
        if (r.DuplicateOf >= 0) w.WriteString("duplicate_of", _results[r.DuplicateOf].Id);
        else w.WriteNull("duplicate_of");
        w.WriteEndObject();
    }

    private sealed class Result
    {
        public string Id { get; set; } = "";
        public string? Language { get; set; }
        public bool IsNews { get; set; }
        public string? Category { get; set; }
        public string? ContestCategory { get; set; }
        public long Story { get; set; }
        public int DuplicateOf { get; set; } = -1;
    }
}

using System.Text;
using System.Text.Json;
using Janalyq.Tests.Support;
using Janalyq.Web.Cli;

namespace Janalyq.Tests.Cli;

/// <summary>`./janalyq analyze --input FILE.jsonl`: the contract in the README.</summary>
public sealed class AnalyzeCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Line(string id, string title, string text, string? published = null, string? url = null) =>
        JsonSerializer.Serialize(new Dictionary<string, string?> { ["id"] = id, ["url"] = url ?? $"https://a.kz/{id}", ["title"] = title, ["text"] = text, ["published"] = published });

    private const string Fire = "Пожар на рынке Барахолка в Алматы тушили всю ночь: площадь возгорания составила 2000 квадратных метров, " +
        "пострадавших нет, сообщили в департаменте по чрезвычайным ситуациям города. Причины пожара устанавливают.";

    [Fact]
    public async Task Writes_one_line_per_article_in_input_order_and_names_a_malformed_line()
    {
        using var folder = new TempFolder();
        var input = folder.File("in.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            Line("b", "Пожар на Барахолке потушен", "ALMATY. " + Fire, "2026-11-14T12:00:00+05:00"),
            Line("a", "Пожар на рынке Барахолка", Fire, "2026-11-14T10:00:00+05:00"),
            "{\"id\": \"broken\", \"text\": ",
            Line("c", "Barakholka market fire in Almaty", "A fire at the Barakholka market in Almaty covered 2000 square metres overnight, no one was hurt.", "2026-11-14T11:00:00+05:00"),
            Line("d", "Новый сорт пшеницы", "Селекционеры Костаная вывели засухоустойчивый сорт пшеницы для северных областей."),
        ], Ct);

        var (exit, stdout, stderr) = await CliProcess.RunAsync("analyze", "--input", input);

        Assert.Equal(1, exit);
        Assert.Contains("line 3", stderr, StringComparison.Ordinal);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["b", "a", "c", "d"], lines.Select(l => l.GetProperty("id").GetString()));
        foreach (var l in lines)
        {
            foreach (var field in (string[])["language", "is_news", "category", "contest_category", "story", "duplicate_of"]) Assert.True(l.TryGetProperty(field, out _), field);
        }
        Assert.Equal("ru", lines[0].GetProperty("language").GetString());
        Assert.Equal("en", lines[2].GetProperty("language").GetString());
        // The earlier of the two reprints is the original; both are one story.
        Assert.Equal("a", lines[0].GetProperty("duplicate_of").GetString());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("duplicate_of").ValueKind);
        Assert.Equal(lines[0].GetProperty("story").GetInt64(), lines[1].GetProperty("story").GetInt64());
        Assert.NotEqual(lines[0].GetProperty("story").GetInt64(), lines[3].GetProperty("story").GetInt64());
    }

    [Fact]
    public async Task A_missing_input_file_is_a_bad_argument()
    {
        var (exit, _, stderr) = await CliProcess.RunAsync("analyze", "--input", "/nonexistent/in.jsonl");
        Assert.Equal(4, exit);
        Assert.Contains("no such file", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1, 2]", "not a JSON object")]
    [InlineData("{\"id\": \"x\"}", "\"text\" is missing")]
    [InlineData("{\"text\": \"x\"}", "\"id\" is missing")]
    [InlineData("{\"id\": 1, \"text\": \"x\", \"published\": \"yesterday\"}", "\"published\" is not an ISO 8601 time")]
    [InlineData("{\"id\": 1, \"text\": ", "not valid JSON")]
    public void A_malformed_line_says_what_is_wrong(string line, string error)
    {
        Assert.Contains(error, AnalysisLine.Check(Encoding.UTF8.GetBytes(line), out _, out _), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_input_is_streamed_a_line_at_a_time_whatever_its_length()
    {
        // 100,000 lines, never held at once: the stream makes them up as it is read, and cannot seek.
        var lines = 0L;
        var bytes = 0L;
        var reader = new JsonLines(new GeneratedLines(100_000, i => Line(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Заголовок", new string('т', 300))));
        await reader.ReadAsync((number, offset, line) =>
        {
            Assert.Equal(lines + 1, number);
            Assert.Equal(bytes, offset);
            Assert.Null(AnalysisLine.Check(line, out _, out _));
            lines++;
            bytes += line!.Value.Length + 1;
            return Task.CompletedTask;
        }, Ct);

        Assert.Equal(100_000, lines);
        Assert.True(bytes > 50_000_000);
        Assert.True(reader.PeakBufferBytes <= 64 << 10, $"buffer grew to {reader.PeakBufferBytes} bytes");
    }

    /// <summary>A read-only, forward-only stream of generated lines.</summary>
    private sealed class GeneratedLines(int count, Func<int, string> line) : Stream
    {
        private int _next;
        private byte[] _pending = [];
        private int _at;

        public override int Read(byte[] buffer, int offset, int count1)
        {
            if (_at == _pending.Length)
            {
                if (_next == count) return 0;
                _pending = Encoding.UTF8.GetBytes(line(_next++) + "\n");
                _at = 0;
            }
            var n = Math.Min(count1, _pending.Length - _at);
            Array.Copy(_pending, _at, buffer, offset, n);
            _at += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count1) => throw new NotSupportedException();
    }
}

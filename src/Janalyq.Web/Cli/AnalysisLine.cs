using System.Globalization;
using System.Text.Json;
using Janalyq.Understanding;

namespace Janalyq.Web.Cli;

/// <summary>One input line of `analyze`: checked on the first pass, read on the second.</summary>
internal sealed record AnalysisLine(string Id, string? Url, string Title, string Text, string? OriginalUrl, long Time)
{
    /// <summary>Longest text analysed, in characters (the rest of a longer one is not read): bounds the memory per article.</summary>
    public const int MaxTextChars = 50_000;

    /// <summary>Null when the line is a well-formed article (or blank: <paramref name="blank"/>); else what is wrong with it.</summary>
    public static string? Check(ReadOnlyMemory<byte>? line, out long? published, out bool blank)
    {
        published = null;
        blank = false;
        if (line is not { } bytes) return $"longer than {JsonLines.MaxLineBytes >> 20} MiB";
        if (bytes.Span.Trim(" \t\r"u8).IsEmpty)
        {
            blank = true;
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return "not a JSON object";
            if (!root.TryGetProperty("id", out var id) || id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
                return "\"id\" is missing (a string or a number is expected)";
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String) return "\"text\" is missing or not a string";
            foreach (var name in (string[])["title", "url", "site", "html", "original_url"])
            {
                if (root.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                    return $"\"{name}\" is not a string";
            }
            if (root.TryGetProperty("published", out var time) && time.ValueKind != JsonValueKind.Null)
            {
                if (time.ValueKind != JsonValueKind.String || !TryTime(time.GetString()!, out var at))
                    return $"\"published\" is not an ISO 8601 time ({Shorten(time.GetRawText())})";
                published = at;
            }
            return null;
        }
        catch (JsonException e)
        {
            return $"not valid JSON ({e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd('.')})";
        }
    }

    /// <summary>Reads a line that <see cref="Check"/> accepted.</summary>
    public static AnalysisLine Parse(ReadOnlyMemory<byte> bytes, long time)
    {
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        var id = root.GetProperty("id");
        var text = root.GetProperty("text").GetString()!;
        return new AnalysisLine(
            id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText(),
            String(root, "url"),
            String(root, "title") ?? "",
            text.Length > MaxTextChars ? text[..MaxTextChars] : text,
            String(root, "original_url"),
            time);
    }

    public UnderstandingInput ToInput(long index) => new(index, Title, Text, null, Url, OriginalUrl, Time, null);

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool TryTime(string text, out long at)
    {
        at = 0;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)) return false;
        at = time.ToUnixTimeMilliseconds();
        return true;
    }

    private static string Shorten(string raw) => raw.Length > 40 ? raw[..40] + "…" : raw;
}

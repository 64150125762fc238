using Janalyq.Demo.Generator.Markdown;

namespace Janalyq.Demo.Generator.Content;

/// <summary>One content file: content/&lt;NN-event&gt;/&lt;outlet&gt;.&lt;lang&gt;.md, parsed and checked.</summary>
internal sealed record Article
{
    public required string SourcePath { get; init; }
    public required string Event { get; init; }
    public required int EventNumber { get; init; }
    public required string Outlet { get; init; }
    public required string Language { get; init; }
    public required string Title { get; init; }
    public required string Lead { get; init; }
    public required DateTimeOffset Published { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public string? Author { get; init; }
    public required string Category { get; init; }
    public required string Section { get; init; }
    public required string Image { get; init; }
    public required string Caption { get; init; }
    public required string Credit { get; init; }
    public string? OriginalUrl { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    public required IReadOnlyList<Block> Body { get; init; }

    /// <summary>The event folder's name without its number plus the language, e.g. local-self-government-ru.</summary>
    public string Slug => $"{Event[(Event.IndexOf('-', StringComparison.Ordinal) + 1)..]}-{Language}";

    /// <summary>1900000 + 100 × event + 1 (ru), 2 (kk) or 3 (en).</summary>
    public int Id => 1_900_000 + (100 * EventNumber) + Language switch { "ru" => 1, "kk" => 2, _ => 3 };

    public static readonly string[] Categories =
        ["politics", "economy", "society", "world", "incidents", "sports", "technology", "science", "culture", "health"];
}

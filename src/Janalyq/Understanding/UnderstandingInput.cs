using Janalyq.Categories;
using Janalyq.Copies;
using Janalyq.Stories;

namespace Janalyq.Understanding;

/// <summary>An article as understanding needs it.</summary>
/// <param name="Language">The stored language (the page's), null when unknown: then it is identified from the text.</param>
/// <param name="Time">Publication time, else fetch time, Unix milliseconds.</param>
/// <param name="RubricCategory">The site category the outlet's rubric maps to, when it does.</param>
public sealed record UnderstandingInput(
    long Id, string Title, string Text, string? Language, string? Url, string? OriginalUrl, long Time, string? RubricCategory);

/// <summary>What understanding made of one article, and what it changed in other articles (copies re-pointed, stories merged).</summary>
/// <param name="Language">The language (stored or identified); null when the text says nothing.</param>
/// <param name="LanguageIdentified">Whether <paramref name="Language"/> was identified here (the stored one was missing).</param>
public sealed record UnderstandingResult(
    long Id,
    string? Language,
    bool LanguageIdentified,
    Classification Classification,
    IReadOnlyList<CopyAssignment> Copies,
    StoryChanges Stories);

namespace Janalyq.Demo.Generator.Markdown;

/// <summary>One block of an article body; its strings still hold inline Markdown.</summary>
internal abstract record Block;

internal sealed record Paragraph(string Text) : Block;

internal sealed record Heading(int Level, string Text) : Block;

/// <summary>A run of consecutive "> " lines; each line is a paragraph of the quote.</summary>
internal sealed record Quote(IReadOnlyList<string> Lines) : Block;

internal sealed record ListBlock(bool Ordered, IReadOnlyList<string> Items) : Block;

/// <summary>A table; when <see cref="HasHeader"/> the first row is the header row.</summary>
internal sealed record Table(IReadOnlyList<IReadOnlyList<string>> Rows, bool HasHeader) : Block;

using System.Text;
using AngleSharp.Html.Parser;
using Janalyq.Markup;

namespace Janalyq.Tests.Markup;

/// <summary>
/// The two parsers' trees written out the same way, for <see cref="MarkupParityTests"/>: one line per element (its
/// depth, lowercase tag and attributes in source order) and per run of text (adjacent text nodes joined: AngleSharp keeps the skipped comments as nodes between them), from the html
/// element down. Template contents are not descended into: AngleSharp keeps them in a separate fragment. White space
/// before the body's first content (in the head, between head and body) is not written: PageParser drops it, as no
/// reader of the tree sees it.
/// </summary>
internal static class ParityTrees
{
    /// <summary>AngleSharp's standard parser as the comparison runs it: no scripting, comments and processing instructions skipped.</summary>
    public static HtmlParser AngleSharp() => new(new HtmlParserOptions
    {
        IsScripting = false, IsKeepingSourceReferences = false, SkipComments = true, SkipProcessingInstructions = true,
    });

    public static List<string> Lines(AngleSharp.Dom.IDocument document)
    {
        var lines = new List<string>();
        Write(document.DocumentElement, 0, lines);
        return lines;
    }

    public static List<string> Lines(Document document)
    {
        var lines = new List<string>();
        Write(document.DocumentElement, 0, lines);
        return lines;
    }

    private static void Write(AngleSharp.Dom.IElement element, int depth, List<string> lines, bool beforeBody = true)
    {
        beforeBody &= element.LocalName is not "body";
        lines.Add(ElementLine(depth, element.LocalName, element.Attributes.Select(a => (a.Name, a.Value))));
        if (element.LocalName == "template") return;
        var text = new StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            if (child is AngleSharp.Dom.IText t) text.Append(t.Data);
            else if (child is AngleSharp.Dom.IElement e)
            {
                Flush(text, depth + 1, lines, beforeBody);
                Write(e, depth + 1, lines, beforeBody);
            }
        }
        Flush(text, depth + 1, lines, beforeBody);
    }

    private static void Write(Element element, int depth, List<string> lines, bool beforeBody = true)
    {
        beforeBody &= element.LocalName is not "body";
        lines.Add(ElementLine(depth, element.LocalName, element.Attributes));
        if (element.LocalName == "template") return;
        var text = new StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            if (child is TextNode t) text.Append(t.Data);
            else if (child is Element e)
            {
                Flush(text, depth + 1, lines, beforeBody);
                Write(e, depth + 1, lines, beforeBody);
            }
        }
        Flush(text, depth + 1, lines, beforeBody);
    }

    private static string ElementLine(int depth, string tag, IEnumerable<(string Name, string Value)> attributes) =>
        new string(' ', depth) + "<" + tag.ToLowerInvariant() + string.Concat(attributes.Select(a => $" {a.Name.ToLowerInvariant()}=\"{a.Value}\"")) + ">";

    private static void Flush(StringBuilder text, int depth, List<string> lines, bool beforeBody)
    {
        if (text.Length == 0) return;
        if (beforeBody && text.ToString().AsSpan().IndexOfAnyExcept(" \n\t\f\r") < 0) { text.Clear(); return; }
        lines.Add(new string(' ', depth) + "\"" + text.ToString().ReplaceLineEndings("\\n").Replace("\t", "\\t", StringComparison.Ordinal) + "\"");
        text.Clear();
    }

    /// <summary>Where two dumps first part, with a few lines of context; null when they are the same.</summary>
    public static string? FirstDifference(List<string> theirs, List<string> ours)
    {
        var i = 0;
        while (i < theirs.Count && i < ours.Count && theirs[i] == ours[i]) i++;
        if (i == theirs.Count && i == ours.Count) return null;
        var from = Math.Max(0, i - 3);
        string Around(List<string> s) => string.Join("\n      ", s.Skip(from).Take(i - from + 3));
        return $"trees part at line {i}:\n  AngleSharp:\n      {Around(theirs)}\n  PageParser:\n      {Around(ours)}";
    }
}

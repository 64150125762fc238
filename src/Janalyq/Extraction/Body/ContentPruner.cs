using Janalyq.Markup;

namespace Janalyq.Extraction.Body;

/// <summary>
/// Second pass, inside the chosen container only: removes embedded furniture (meta lines, share bars,
/// related-story lists, galleries of links) that scored along with the article.
/// </summary>
internal static class ContentPruner
{
    /// <summary>Characters of unlinked text that make a link-heavy block a piece of writing rather than a list of links.</summary>
    private const int ProseBesideLinks = 500;

    internal static void Prune(IReadOnlyList<Element> roots, NodeStats stats)
    {
        var total = 0;
        foreach (var r in roots) total += stats[r].Text;
        var doomed = new List<Element>();
        foreach (var root in roots)
        {
            var stack = new Stack<Element>();
            PushChildren(stack, root);
            while (stack.Count > 0)
            {
                var e = stack.Pop();
                if (ShouldRemove(e, stats, total)) { doomed.Add(e); continue; }
                PushChildren(stack, e);
            }
        }
        foreach (var e in doomed) e.Remove();
    }

    /// <summary>
    /// The article's own standfirst inside the container ("teaser-text", "field-intro-text"): named like a teaser of another
    /// story, but prose without links or pictures. Kept here; <see cref="BlockFilter"/> still drops it when it repeats the declared lead.
    /// </summary>
    private static bool IsStandfirst(Element e, string sig, NodeInfo info) =>
        e.LocalName is "div" or "p" or "section" && info.Text >= 80 && info.LinkDensity < 0.1 && info.Images == 0 && BlockFilter.IsLeadElement(sig);

    private static bool IsEmbeddedPost(Element e)
    {
        if (e.LocalName == "blockquote" || e.QuerySelector("blockquote") is not { } quote) return false;
        var sig = ClassHints.Signature(quote);
        return sig.Contains("tweet", StringComparison.OrdinalIgnoreCase) || sig.Contains("instagram", StringComparison.OrdinalIgnoreCase)
            || sig.Contains("telegram", StringComparison.OrdinalIgnoreCase) || sig.Contains("embed", StringComparison.OrdinalIgnoreCase);
    }

    private static void PushChildren(Stack<Element> stack, Element e)
    {
        for (var n = e.LastChild; n is not null; n = n.PreviousSibling)
            if (n is Element child) stack.Push(child);
    }

    private static bool ShouldRemove(Element e, NodeStats stats, int total)
    {
        var tag = e.LocalName;
        if (tag is "p" or "a" or "b" or "strong" or "em" or "i" or "br" or "img" or "picture") return false;
        var info = stats[e];
        var large = info.Text >= total * 0.25 && info.LinkDensity < 0.3;
        if (large) return false;
        // An embedded post (a tweet's blockquote in a "social-media-embed" box) is quoted article material.
        if (info.Text >= 40 && IsEmbeddedPost(e)) return false;
        if (info.Unlikely > stats[e.ParentElement!].Unlikely) return true;
        // Phrasing inside a sentence ("<span class=media-link>") is part of the sentence, whatever its class.
        if (Html.Inline.Contains(tag) && e.ParentElement is { } parent && stats[parent].Inline > info.Text) return false;
        var sig = ClassHints.Signature(e);
        if (sig.Length > 0 && ClassHints.IsNegativeName(sig) && !(e.GetAttribute("itemprop") ?? "").Contains("articleBody", StringComparison.OrdinalIgnoreCase) && !IsStandfirst(e, sig, info))
            return true;
        if (tag == "header" && e.QuerySelector("h1") is not null) return true;
        if (tag is "ul" or "ol" or "div" or "section" or "table" or "header" or "form" or "dl")
        {
            // Link-heavy boxes are lists of other stories, unless they hold paragraphs of prose of their own (a post that links a lot).
            if (info.Text > 0 && info.LinkDensity > 0.5 && (info.Text - info.Link < ProseBesideLinks || info.Paragraphs < 3)) return true;
            if (tag is "div" or "section" && info.Paragraphs == 0 && info.Images > 1 && info.Text < 100) return true;
        }
        return false;
    }
}

using System.Runtime.CompilerServices;
using Janalyq.Markup;

namespace Janalyq.Extraction.Body;

/// <summary>
/// First pass over the parsed page: drops what is never article text (scripts, forms, hidden blocks, navigation,
/// blocks whose class says boilerplate), resolves lazy images and flattens absurdly deep nesting.
/// </summary>
internal static class DomCleaner
{
    /// <summary>Cleans <paramref name="root"/> in place and returns the elements whose class or id says "boilerplate":
    /// they are not removed here (class names lie), but scored down and pruned from inside the chosen article.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ElementSet Clean(Element root, int maxDepth, Uri? baseUrl, IReadOnlyCollection<string> videoHosts)
    {
        var unlikely = new ElementSet(root);
        // Class names lie often enough ("Page-ad-margins", "penci_sidebar", Blogger's "widget Blog") that an element
        // holding a large share of the page's prose is never dropped for its name alone.
        // Measured lazily: only hidden or role-marked elements need it, and they are few.
        var total = -1;
        var doomed = new List<Element>();
        // Iterative walk with depth, so that 100,000 nested elements cannot exhaust the stack.
        var stack = new Stack<(Element Element, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (e, depth) = stack.Pop();
            if (e != root && ShouldDrop(e, videoHosts) && !(IsNamedOnly(e) && IsLargeProse(e, root, ref total)))
            {
                doomed.Add(e);
                continue;
            }
            if (IsUnlikely(e)) unlikely.Add(e);
            if (e.LocalName == "img") FixLazyImage(e, baseUrl);
            else if (e.LocalName == "noscript" && !HoldsProse(e)) { UnwrapNoscript(e, doomed); continue; }
            if (depth >= maxDepth)
            {
                Flatten(e);
                continue;
            }
            // ChildNodes is list-backed; Children and NextSibling scan the parent each time (quadratic on wide pages).
            for (var n = e.LastChild; n is not null; n = n.PreviousSibling)
                if (n is Element child) stack.Push((child, depth + 1));
        }
        foreach (var e in doomed) e.Remove();
        return unlikely;
    }

    private static bool IsLargeProse(Element e, Element root, ref int total)
    {
        var (text, link) = Html.Measure(e);
        if (text < 400 || (double)link / text >= 0.35) return false;
        if (total < 0) total = Html.Measure(root).Text;
        return text >= total * 0.3;
    }

    /// <summary>True when only class, id, role or aria say the element is boilerplate (not its tag).</summary>
    private static bool IsNamedOnly(Element e) => !Html.Junk.Contains(e.LocalName) && e.LocalName is not "iframe" and not "form";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ShouldDrop(Element e, IReadOnlyCollection<string> videoHosts)
    {
        var tag = e.LocalName;
        if (Html.Junk.Contains(tag) || Html.Furniture.Contains(tag)) return true;
        if (tag == "iframe") return !IsAllowedVideo(e.GetAttribute("src"), videoHosts);
        if (tag == "form") return LooksLikeSmallForm(e);
        if (e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true" && tag is not ("p" or "a")) return true;
        if (e.GetAttribute("style") is { } style && IsHiddenStyle(style)) return true;
        if (ClassHints.HasBoilerplateRole(e)) return true;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool IsUnlikely(Element e)
    {
        if (e.LocalName is "body" or "html" or "article" or "main" or "a" or "p") return false;
        if (e.GetAttribute("itemprop") is { } ip && ip.Contains("articleBody", StringComparison.OrdinalIgnoreCase)) return false;
        var sig = ClassHints.Signature(e);
        if (sig.Length == 0) return false;
        return ClassHints.IsUnlikelyName(sig);
    }

    internal static bool IsAllowedVideo(string? src, IReadOnlyCollection<string> videoHosts)
    {
        if (src is null || !Uri.TryCreate(src.StartsWith("//", StringComparison.Ordinal) ? "https:" + src : src, UriKind.Absolute, out var uri)) return false;
        return uri.Scheme is "https" or "http" && videoHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase);
    }

    private static bool LooksLikeSmallForm(Element form)
    {
        // Some CMSs wrap the whole page in one <form>; only small forms (search, subscribe, comment) go.
        if (form.HasDescendant("input", "textarea", "select") && Html.VisibleTextLength(form) < 400) return true;
        // A poll or rating widget ("Статья легко читается: не согласен … согласен"): rows of choices, however long their labels.
        return IsChoiceWidget(form);
    }

    /// <summary>Three radio buttons or check boxes or more, and no paragraph of prose (a page-wide ASP.NET form holds the article's).</summary>
    private static bool IsChoiceWidget(Element form)
    {
        var choices = 0;
        foreach (var input in form.QuerySelectorAll("input"))
            if (input.GetAttribute("type") is { } type && (type.Equals("radio", StringComparison.OrdinalIgnoreCase) || type.Equals("checkbox", StringComparison.OrdinalIgnoreCase)))
                choices++;
        if (choices < 3) return false;
        foreach (var p in form.QuerySelectorAll("p"))
            if (Html.VisibleTextLength(p) > 200) return false;
        return Html.VisibleTextLength(form) < 3000;
    }

    private static bool IsHiddenStyle(string style)
    {
        var s = style.Replace(" ", "", StringComparison.Ordinal);
        return s.Contains("display:none", StringComparison.OrdinalIgnoreCase) || s.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] LazySources = ["data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-full-src", "data-hi-res-src", "data-srcset", "srcset"];

    private static void FixLazyImage(Element img, Uri? baseUrl)
    {
        var src = img.GetAttribute("src");
        var placeholder = string.IsNullOrWhiteSpace(src) || src.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || src.Contains("blank.", StringComparison.OrdinalIgnoreCase) || src.Contains("placeholder", StringComparison.OrdinalIgnoreCase) || src.Contains("lazy", StringComparison.OrdinalIgnoreCase);
        if (!placeholder) return;
        foreach (var name in LazySources)
        {
            var value = img.GetAttribute(name);
            if (string.IsNullOrWhiteSpace(value)) continue;
            if (name.EndsWith("srcset", StringComparison.Ordinal)) value = FirstFromSrcset(value);
            if (value.Length > 0) { img.SetAttribute("src", value); return; }
        }
        _ = baseUrl;
    }

    /// <summary>The largest candidate of a srcset ("a.jpg 300w, b.jpg 800w" gives b.jpg).</summary>
    internal static string FirstFromSrcset(string srcset)
    {
        string best = "";
        var bestWidth = -1.0;
        foreach (var part in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bits = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (bits.Length == 0) continue;
            var width = 0.0;
            if (bits.Length > 1 && bits[1].Length > 1 && double.TryParse(bits[1][..^1], System.Globalization.CultureInfo.InvariantCulture, out var w)) width = w;
            if (width > bestWidth) { bestWidth = width; best = bits[0]; }
        }
        return best;
    }

    /// <summary>Paragraphs and characters that make a noscript block the page's copy of its text for readers without scripts
    /// (blog platforms render the post from a script template and repeat it there), not a "please enable JavaScript" notice.</summary>
    private const int NoscriptParagraphs = 2, NoscriptText = 300;

    /// <summary>True when the noscript block holds the article itself: it is walked like any container.</summary>
    internal static bool HoldsProse(Element noscript) =>
        Paragraphs(noscript) >= NoscriptParagraphs && Html.VisibleTextLength(noscript) >= NoscriptText;

    private static int Paragraphs(Element e)
    {
        var n = 0;
        foreach (var d in e.Descendants())
            if (d.LocalName == "p") n++;
        return n;
    }

    private static void UnwrapNoscript(Element noscript, List<Element> doomed)
    {
        // With scripting off, noscript content is parsed as markup. Keep an image from it only when the
        // surrounding markup has no real image of its own (the usual lazy-loading pattern).
        var img = noscript.FirstByTag("img");
        var prev = noscript.PreviousElementSibling;
        var hasImage = prev is not null && (prev.LocalName == "img" || prev.FirstByTag("img") is not null);
        if (img is not null && !hasImage && noscript.ParentElement is { } parent)
            parent.InsertBefore(img, noscript);
        doomed.Add(noscript);
    }

    private static void Flatten(Element e)
    {
        if (e.ChildElementCount == 0) return;
        var text = Html.TextOf(e);
        e.RemoveChildren();
        e.AppendChild(Document.CreateTextNode(text));
    }
}

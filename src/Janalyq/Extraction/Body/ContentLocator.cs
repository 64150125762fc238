using System.Text.RegularExpressions;
using Janalyq.Markup;

namespace Janalyq.Extraction.Body;

/// <summary>
/// Finds the article's container: text-dense blocks vote for their ancestors (more for commas and length,
/// less for link text, class hints add or subtract), the best-scored ancestor wins, then siblings that
/// look like the same article are taken along. Our own take on Readability's scoring.
/// </summary>
internal static partial class ContentLocator
{
    private const int MinParagraph = 20;

    /// <summary>The elements whose content forms the article, in document order.</summary>
    internal static IReadOnlyList<Element> Locate(Element body, NodeStats stats)
    {
        var candidates = new List<Element>();
        foreach (var e in stats.Elements)
        {
            if (!IsParagraphLike(e)) continue;
            var info = stats[e];
            if (info.Inline < MinParagraph) continue;
            var score = 1.0 + info.Commas + Math.Min(info.Inline / 100, 3);
            // Text inside blocks named like boilerplate counts for less, the deeper the less ("comments" inside "sidebar").
            for (var u = 0; u < info.Unlikely; u++) score *= 0.3;
            // A site's legal notice ("©", "Все права защищены", "при цитировании ссылка обязательна") is prose too, often
            // longer than a short news item: it must not outvote the article (the footer of a 700-character story won).
            if (LegalNotice(e, info)) score *= 0.2;
            // A div holding prose directly (text and <br>, no <p>) is its own paragraph container.
            if (e.LocalName is "div" or "section" or "article" or "main" or "center")
            {
                if (!info.Candidate) { Init(e, info); candidates.Add(e); }
                info.Score += score;
            }
            var level = 0;
            for (var a = e.ParentElement; a is not null && level < 5; a = a.ParentElement, level++)
            {
                var ai = stats[a];
                if (!ai.Candidate) { Init(a, ai); candidates.Add(a); }
                ai.Score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
                if (a == body) break;
            }
        }
        if (candidates.Count == 0) return [body];

        Element? top = null;
        var topScore = double.MinValue;
        foreach (var c in candidates)
        {
            var ci = stats[c];
            ci.Score *= 1 - ci.LinkDensity;
            if (ci.Score > topScore) { topScore = ci.Score; top = c; }
        }
        var best = top!;
        top = PreferCommonAncestor(best, candidates, stats, body);
        top = WalkUp(top, stats, body);
        return WithCousins(WithSiblings(top, best, stats, body), top, best, stats, body);
    }

    /// <summary>A leaf block (no child blocks) whose text is a copyright or reuse notice, in Russian, Kazakh or English.</summary>
    private static bool LegalNotice(Element e, NodeInfo info) =>
        info.Text == info.Inline && info.Inline <= 1500 && Legal().IsMatch(e.TextContent);

    /// <summary>A block of which legal notices make up a third of the text or more: the site's footer, not a section of the article.</summary>
    private static bool MostlyLegal(Element block, NodeStats stats)
    {
        var total = stats[block].Text;
        if (total == 0) return false;
        var legal = 0;
        foreach (var e in block.Descendants().Prepend(block))
        {
            var info = stats[e];
            if (info.Inline >= MinParagraph && LegalNotice(e, info)) legal += info.Text;
        }
        return legal * 3 >= total;
    }

    [GeneratedRegex(@"©|\(c\)\s*\d{4}|copyright|all rights reserved|все права|права защищены|охраняются (в соответствии с )?законодательств|при (использовании|цитировании|перепечатке)|(ссылка|гиперссылка) на .{0,60}обязательна|гиперссылк|не несет ответственности|не несёт ответственности|барлық құқықтар|құқықтары қорғалған|сілтеме міндетті", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Legal();

    /// <summary>How many levels above the chosen container <see cref="WithCousins"/> looks for more sections of the same kind.</summary>
    private const int CousinLevels = 3;

    /// <summary>
    /// Pages built of modules (a landing page, a guide, a recipe) repeat the best-scored block's kind (tag and class,
    /// e.g. every "paragraph__content") in separate wrappers a few levels up: those blocks are the same text. Taken
    /// when they hold prose (100+ characters, few links) and sit in no boilerplate-named block; in document order.
    /// </summary>
    private static List<Element> WithCousins(List<Element> chosen, Element top, Element best, NodeStats stats, Element body)
    {
        var kind = best.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(kind) || best.LocalName is not ("div" or "section" or "article")) return chosen;
        var scope = top;
        for (var i = 0; i < CousinLevels && scope.ParentElement is { } up && up != body; i++) scope = up;
        if (scope == top) return chosen;
        var least = Math.Max(100, stats[best].Text / 5);
        List<Element>? extra = null;
        foreach (var e in scope.Descendants())
        {
            if (e.LocalName != best.LocalName || e.GetAttribute("class") != kind) continue;
            var info = stats[e];
            if (info.Text < least || info.LinkDensity >= 0.3 || info.Unlikely > 0) continue;
            if (chosen.Exists(c => c.Contains(e) || e.Contains(c)) || (extra is not null && extra.Exists(c => c.Contains(e) || e.Contains(c)))) continue;
            (extra ??= []).Add(e);
        }
        if (extra is null) return chosen;
        var all = new List<Element>(chosen);
        all.AddRange(extra);
        all.Sort((a, b) => a.Order.CompareTo(b.Order));
        return all;
    }

    private static bool IsParagraphLike(Element e) => e.LocalName switch
    {
        "p" or "pre" or "td" or "blockquote" or "dd" => true,
        "div" or "section" or "article" or "li" or "span" or "font" or "center" or "main" => true,
        _ => false,
    };

    private static void Init(Element e, NodeInfo info)
    {
        info.Candidate = true;
        var weight = ClassHints.Weight(e);
        // A content-like class name on a short block (a subtitle, a byline) must not outvote the article.
        if (weight > 0) weight = (int)(weight * Math.Min(1.0, info.Text / 1000.0));
        info.Score = e.LocalName switch
        {
            "div" or "article" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        } + weight;
    }

    /// <summary>When several of the best candidates sit under one ancestor, the article is that ancestor.</summary>
    private static Element PreferCommonAncestor(Element top, List<Element> candidates, NodeStats stats, Element body)
    {
        var topScore = stats[top].Score;
        // Nested wrappers of the same text are one candidate, not several.
        var close = candidates.Where(c => c != top && stats[c].Score >= topScore * 0.75 && !c.Contains(top) && !top.Contains(c))
            .OrderByDescending(c => stats[c].Score).Take(4).ToList();
        if (close.Count < 3) return top;
        for (var a = top.ParentElement; a is not null && a != body; a = a.ParentElement)
        {
            var inside = close.Count(c => a.Contains(c));
            if (inside >= 3) return a;
        }
        return top;
    }

    private static Element WalkUp(Element top, NodeStats stats, Element body)
    {
        var lastScore = stats[top].Score;
        var threshold = lastScore / 3;
        for (var parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            var pi = stats[parent];
            if (!pi.Candidate) continue;
            if (pi.Score < threshold) break;
            // Moving up to a much larger block (an infinite-scroll list of posts) trades one article for several.
            if (pi.Score > lastScore)
            {
                if (pi.Text <= stats[top].Text * 2.5 || stats[top].Text < 500) top = parent;
                break;
            }
            lastScore = pi.Score;
        }
        // A lone child says nothing its parent does not.
        while (top.ParentElement is { } p && p != body && p.ChildElementCount == 1) top = p;
        return top;
    }

    private static List<Element> WithSiblings(Element top, Element best, NodeStats stats, Element body)
    {
        if (top == body || top.ParentElement is not { } parent) return [top];
        var ti = stats[top];
        var threshold = Math.Max(10, ti.Score * 0.2);
        var topClass = top.GetAttribute("class");
        var result = new List<Element>();
        for (var n = parent.FirstChild; n is not null; n = n.NextSibling)
        {
            if (n is not Element s) continue;
            if (s == top) { result.Add(s); continue; }
            var si = stats[s];
            var bonus = topClass is { Length: > 0 } && s.GetAttribute("class") == topClass ? ti.Score * 0.2 : 0;
            var append = si.Candidate && si.Score + bonus >= threshold;
            if (!append && s.LocalName == "p")
            {
                var density = si.LinkDensity;
                append = si.Text > 80 && density < 0.25 || si.Text is > 0 and <= 80 && density == 0 && EndsSentence(s.TextContent);
            }
            if (append && MostlyLegal(s, stats)) append = false;
            if (append) result.Add(s);
            else if (SameKindOfText(s, best, stats) is { } part) result.Add(part);
        }
        return result;
    }

    /// <summary>
    /// An article cut into sections by figures and asides: a sibling that holds a block of the same kind as the
    /// best-scored one (same tag and class, e.g. another "post__content"), with as much prose as a section, is the
    /// same article.
    /// Only that block is taken, not the sibling's other content.
    /// </summary>
    private static Element? SameKindOfText(Element sibling, Element best, NodeStats stats)
    {
        var kind = best.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(kind) || best.LocalName is not ("div" or "section" or "article")) return null;
        // A section of its own, not a quote box styled like the body: at least a fifth of the best block's text.
        var least = Math.Max(200, stats[best].Text / 5);
        if (stats[sibling].Text < least) return null; // too little text in the whole sibling: not worth a walk
        foreach (var e in sibling.Descendants())
        {
            if (e.LocalName != best.LocalName || e.GetAttribute("class") != kind) continue;
            var info = stats[e];
            return info.Text >= least && info.LinkDensity < 0.3 ? e : null;
        }
        return null;
    }

    private static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '…' or '»' or '"';
    }
}

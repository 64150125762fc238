using System.Text.RegularExpressions;
using Janalyq.Markup;
using Janalyq.Extraction.Body;

namespace Janalyq.Extraction.Metadata;

/// <summary>The lead image, its caption and its photo credit ("Фото: kremlin.ru" gives the credit "kremlin.ru").</summary>
internal static partial class LeadImageFinder
{
    // The words that name a picture's source. "Фото" alone does not: "На фото: президент", "The photo shows".
    private const string CreditWords = @"(?:фото|фотография|фотосурет|сурет|photo|photograph|image|picture|credit|иллюстрация|источник\s+фото|фото\s+с\s+сайта|фото\s+из\s+открытых\s+источников|коллаж|скриншот)(?!\w)";

    // A credit word followed by a separator ("Фото: kremlin.ru", "Photo by AP", "Фото — Акорда"), not after "на" / "in the" ("На фото: ...").
    [GeneratedRegex(@"(?:^|[\s.,;(|—–/-])(?<!\b(?:на|in|on)\s+(?:the\s+)?)" + CreditWords + @"\s*(?::|—|–|-|©|\bby\b)\s*(?<credit>[^|]{2,120}?)\s*[).]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditAfterSeparator();

    // A credit word opening the caption or a sentence of it, with no separator: "Фото Акорды", "(фото пресс-службы)".
    [GeneratedRegex(@"(?:^|[.;(|/—–]\s*)" + CreditWords + @"\s+(?<credit>[^|:]{2,120}?)\s*[).]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditOpeningSentence();

    // The copyright sign needs no word: "Президент на встрече © Reuters".
    [GeneratedRegex(@"(?:^|[\s.,;(|—–-])©\s*(?<credit>[^|©]{2,120}?)\s*[).]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditAfterCopyright();

    [GeneratedRegex(@"<\s*(?:br|/?p|/?div|/?li)\b[^>]{0,200}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<\s*/?[a-z][^>]{0,200}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"(^|[\s_-])(caption|figcaption|image-caption|img-caption|photo-caption|photo-desc|photo__caption|photo-text|image-desc|image__caption|media-caption|wp-caption-text|podpis|description|desc|legend|signature|photo__text|image-text)([\s_-]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionHint();

    [GeneratedRegex(@"(^|[\s_-])(credit|credits|copyright|copy|photo-author|photo-credit|image-credit|source|author|avtor|foto-avtor|photographer|photo__author|img-source)([\s_-]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditHint();

    internal sealed record LeadImage(string? Url, string? Caption, string? Credit);

    internal static LeadImage Find(Document doc, PageMeta meta, Uri? baseUrl)
    {
        var declared = meta.First("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src") ?? meta.JsonLd?.Image ?? meta.Link("image_src");
        var url = OriginalSourceFinder.Absolute(declared, baseUrl);
        var element = FindElement(doc, meta.Index, url, baseUrl);
        if (url is null && element is not null) url = OriginalSourceFinder.Absolute(SourceOf(element), baseUrl);

        string? caption = null, credit = null;
        if (element is not null) (caption, credit) = CaptionNear(element);
        if (caption is null && meta.JsonLd?.ImageCaption is { } ldCaption) caption = TextOfMarkup(ldCaption);
        if (caption is not null && credit is null) (caption, credit) = SplitCredit(caption);
        if (caption is { Length: 0 }) caption = null;
        return new LeadImage(url, caption, credit);
    }

    private static readonly string[] LazyAttributes = ["data-src", "data-original", "data-lazy-src"];

    private static string? SourceOf(Element img)
    {
        foreach (var name in LazyAttributes)
            if (img.GetAttribute(name) is { Length: > 0 } lazy) return lazy;
        if (img.GetAttribute("src") is { Length: > 0 } src && !src.StartsWith("data:", StringComparison.Ordinal)) return src;
        return img.GetAttribute("srcset") is { } set ? DomCleaner.FirstFromSrcset(set) : null;
    }

    private static Element? FindElement(Document doc, PageIndex index, string? url, Uri? baseUrl)
    {
        if (doc.Body is null) return null;
        var images = index.Images;
        if (url is not null)
        {
            var name = FileName(url);
            if (name.Length > 4)
                foreach (var img in images)
                {
                    foreach (var attr in img.Attributes)
                        if (attr.Name is "src" or "data-src" or "srcset" or "data-srcset" or "data-original" or "data-lazy-src" && attr.Value.Contains(name, StringComparison.OrdinalIgnoreCase))
                            return img;
                }
        }
        // No declared image, or it is not in the markup: the first picture in a figure of the article.
        var scope = index.FirstArticle ?? doc.Body;
        var figureImg = scope.QuerySelector("figure img");
        if (figureImg is not null) return figureImg;
        return url is null ? scope.QuerySelectorAll("img").FirstOrDefault(i => SourceOf(i) is { } s && OriginalSourceFinder.Absolute(s, baseUrl) is not null && !IsIcon(i)) : null;
    }

    private static bool IsIcon(Element img) =>
        int.TryParse(img.GetAttribute("width"), out var w) && w < 100 || (img.GetAttribute("src") ?? "").Contains("logo", StringComparison.OrdinalIgnoreCase);

    private static string FileName(string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.AbsolutePath : url;
        var slash = path.LastIndexOf('/');
        var name = slash >= 0 ? path[(slash + 1)..] : path;
        var dot = name.LastIndexOf('.');
        return dot > 4 ? name[..dot] : name;
    }

    private static (string? Caption, string? Credit) CaptionNear(Element img)
    {
        string? caption = null, credit = null;
        var figure = img.Closest("figure");
        if (figure?.QuerySelector("figcaption") is { } fc)
        {
            var creditEl = fc.QuerySelectorAll("*").FirstOrDefault(e => CreditHint().IsMatch(ClassHints.Signature(e)));
            if (creditEl is not null)
            {
                credit = CleanCredit(Html.TextOf(creditEl));
                creditEl.Remove();
            }
            caption = Html.TextOf(fc);
            if (creditEl is not null && caption.Length == 0) caption = null;
            return (caption?.TrimEnd(' ', '.'), credit);
        }
        // No figcaption: a caption-like element in the picture's container (up to three levels up).
        var container = img.ParentElement;
        string? creditText = null;
        for (var level = 0; level < 3 && container is not null; level++, container = container.ParentElement)
        {
            foreach (var e in container.QuerySelectorAll("*"))
            {
                if (e == img || e.Contains(img)) continue;
                var sig = ClassHints.Signature(e);
                if (sig.Length == 0) continue;
                if (credit is null && CreditHint().IsMatch(sig) && !CaptionHint().IsMatch(sig))
                {
                    var t = Html.TextOf(e);
                    if (t.Length is > 1 and < 150) { creditText = t; credit = CleanCredit(t); }
                }
                else if (caption is null && CaptionHint().IsMatch(sig))
                {
                    var t = Html.TextOf(e);
                    if (t.Length is > 1 and < 600) caption = t;
                }
            }
            if (caption is not null || credit is not null) break;
            if (Html.VisibleLength(container.TextContent) > 800) break;
        }
        // A credit element inside the caption element: the caption is what precedes it.
        if (caption is not null && creditText is not null && caption.EndsWith(creditText, StringComparison.Ordinal))
            caption = caption[..^creditText.Length].TrimEnd(' ', '.', '|', '—');
        return (caption, credit);
    }

    /// <summary>A JSON-LD caption's text: outlets put the figcaption's markup in it ("&lt;b&gt;На фото:&lt;/b&gt; ...").</summary>
    private static string TextOfMarkup(string caption)
    {
        if (caption.Contains('&', StringComparison.Ordinal)) caption = System.Net.WebUtility.HtmlDecode(caption);
        if (caption.Contains('<', StringComparison.Ordinal)) caption = AnyTag().Replace(BlockTag().Replace(caption, " "), "");
        return Html.Collapse(caption);
    }

    /// <summary>Splits "Путин на встрече. Фото: kremlin.ru" into the caption and the credit.</summary>
    internal static (string Caption, string? Credit) SplitCredit(string caption)
    {
        var m = CreditAfterSeparator().Match(caption);
        if (!m.Success) m = CreditAfterCopyright().Match(caption);
        if (!m.Success) m = CreditOpeningSentence().Match(caption);
        if (!m.Success) return (caption, null);
        var credit = CleanCredit(m.Groups["credit"].Value);
        var rest = caption[..m.Index].Trim().TrimEnd('|', '—', '–', '-', '/', '(', ' ', '.');
        return (rest, credit.Length > 0 ? credit : null);
    }

    private static string CleanCredit(string credit)
    {
        credit = Html.Collapse(credit);
        var m = Regex.Match(credit, @"^(?:(?:фото|фотосурет|сурет|photo|image|credit|источник)\s*(?::|—|–|-|©|by\b)?\s*©?|©)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (m.Success) credit = credit[m.Length..];
        return credit.Trim().TrimEnd('.', ')').Trim();
    }
}

using System.Text.RegularExpressions;

namespace Janalyq.Extraction.Body;

/// <summary>Drops blocks that are not article text: "read also" inserts, credits, share prompts, link lists, the headline.</summary>
internal static partial class BlockFilter
{
    [GeneratedRegex(@"^\W*(читайте\s+(также|еще|ещё|нас|новости)|читать\s+(также|далее)|смотрите\s+также|см\.\s+также|по\s+теме|ранее\s+по\s+теме|подробнее\s*:|тағы\s+оқыңыз|оқи\s+отырыңыз|сондай-ақ\s+оқыңыз|read\s+(more|also|next)|see\s+also|also\s+read|related\s*:|more\s*:|recommended\s*:|подписывайтесь|подпишитесь|присоединяйтесь|subscribe\b|sign\s+up\b|follow\s+us|реклама\b|advertisement\b|sponsored\b|share\s+this|поделиться|бөлісу|жазылыңыз|следите\s+за\s+новостями|больше\s+новостей|все\s+новости|все\s+самое\s+важное|новости\s+по\s+теме|главные\s+новости|самые\s+читаемые|ещё\s+по\s+теме|еще\s+по\s+теме)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Insert();

    // Widgets and prompts printed in or under the article, in Russian, Kazakh and English: rating widgets ("Оцените,
    // пожалуйста, статью", "Мақаланы бағалаңыз", "Rate this article"), typo prompts ("Нашли опечатку? Выделите…", "Қате
    // тапсаңыз…", "Found a typo?"), view counters ("Просмотров: 356", "Қаралды: 12", "Views: 40"), comment-section headers,
    // print links, "related links" headings ("Ссылки по теме:") and the rules of reuse.
    [GeneratedRegex(@"^\W*(оцените(\s*,?\s*пожалуйста\s*,?)?(\s+(эту\s+)?(статью|материал|новость|публикацию|запись))?\s*([:.!]|$)|оценить(\s+(статью|материал|новость))?\s*[:.]?\s*$|спасибо\s*!?\s*ваш[аеи]?\s+(мнение|голос|оценка)|ваш[аеи]?\s+(голос|оценка)\s+(учтен|принят)|нашли\s+(опечатку|ошибку)|если\s+вы\s+(нашли|заметили)\s+(опечатку|ошибку)|заметили\s+(опечатку|ошибку)|выделите\s+(ее|её|текст|фрагмент).{0,40}ctrl|просмотр(ов|ы)?\s*:?\s*\d|количество\s+просмотров|добавить\s+комментарий|оставить\s+комментарий|комментарии\s*(к\s+(статье|новости|материалу))?\s*(\(\d+\)|:|$)|комментировать\s+могут|версия\s+для\s+(печати|pda)|распечатать|ссылки\s+по\s+теме|правила\s+(использования|перепечатки)\s+материалов|мақаланы\s+бағалаңыз|бағалаңыз|қате\s+(тапсаңыз|байқасаңыз)|қаралды\s*:?\s*\d|қаралым\s*:?\s*\d|пікір\s+(қалдыру|жазу)|пікірлер\s*(\(\d+\)|:|$)|басып\s+шығару|rate\s+this\s+(article|story|post)|how\s+would\s+you\s+rate|found\s+a\s+(typo|mistake|error)|spotted\s+an?\s+(typo|error)|views?\s*:\s*\d|add\s+a\s+comment|print\s+(this\s+)?(version|article|page)|printer-friendly)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prompt();

    /// <summary>Blocks shorter than this may be a widget's label or a prompt.</summary>
    private const int MaxPrompt = 160;

    [GeneratedRegex(@"^\W*(фото|photo|photograph|сурет|фотосурет|image|picture|credit|иллюстрация|источник\s+фото|фото\s+на\s+обложке|видео|video|коллаж|скриншот|graphic)\s*(:|—|-|–|©|/)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Credit();

    [GeneratedRegex(@"^(©|\(c\)|copyright\b|все\s+права\s+защищены|all\s+rights\s+reserved)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    // "speakable-summary" marks the body's first paragraph for voice assistants, not a separate standfirst.
    internal static bool IsLeadElement(string signature) => HasLeadHint(signature) && !signature.Contains("speakable", StringComparison.OrdinalIgnoreCase);

    /// <summary><see cref="IsLeadElement(string)"/> for a class and an id read apart (no concatenation per element).</summary>
    internal static bool IsLeadElement(string? cls, string? id) =>
        ((cls is not null && HasLeadHint(cls)) || (id is not null && HasLeadHint(id)))
        && !(cls ?? "").Contains("speakable", StringComparison.OrdinalIgnoreCase) && !(id ?? "").Contains("speakable", StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> LeadWords = System.Buffers.SearchValues.Create(
        ["lead", "standfirst", "summary", "intro", "subtitle", "subhead", "excerpt", "description", "annotation", "announce", "anons",
         "deck", "teaser", "sapo", "chapeau", "abstract", "vrezka", "opener"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A lead/standfirst word in a class or id (a word search, not a regex: this runs for every named element of the page).</summary>
    private static bool HasLeadHint(string signature)
    {
        if (signature.AsSpan().IndexOfAny(LeadWords) >= 0) return true;
        // "dek" as a word end ("dek", "post-dek"), not "dekor".
        for (var i = signature.IndexOf("dek", StringComparison.OrdinalIgnoreCase); i >= 0; i = signature.IndexOf("dek", i + 1, StringComparison.OrdinalIgnoreCase))
            if (i + 3 == signature.Length || !(char.IsLetterOrDigit(signature[i + 3]) || signature[i + 3] == '_')) return true;
        return false;
    }

    /// <summary>
    /// A standfirst shorter than this is a dek, a teaser line under the headline, which annotators leave out of the
    /// article's text (AEB does); a longer one is the lead paragraph, the article's first (trafilatura's set keeps it).
    /// </summary>
    internal const int MinimumStandfirst = 120;

    internal static List<Block> Filter(List<Block> blocks, string? title, string? lead = null, Templates.TemplateModel? template = null)
    {
        // The outlet's template must never take the article: a page whose text it would mostly remove (an outlet that
        // prints the same short note every day, a page that is nothing but the standing text) is filtered without it.
        if (template is not null && TemplateShare(blocks, template) > 0.5) template = null;
        var normalizedTitle = title is null ? null : Normalize(title);
        var normalizedLead = lead is null ? null : Normalize(lead);
        var seenText = 0;
        var kept = new List<Block>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.Figure) { kept.Add(b); continue; }
            var len = b.Text.Length;
            // A dek repeated above the body (the page's description, shorter than a lead paragraph): not body text.
            if (seenText < 2 && len < MinimumStandfirst && normalizedLead is { Length: > 30 } && b.Kind == BlockKind.Paragraph && IsLeadElement(b.OwnSignature) && SameLead(Normalize(b.Text), normalizedLead)) continue;
            seenText++;
            if (b.Kind == BlockKind.Heading && b.Level == 1 && (normalizedTitle is null || Similar(Normalize(b.Text), normalizedTitle))) continue;
            if (b.Kind == BlockKind.Heading && normalizedTitle is not null && kept.Count == 0 && Similar(Normalize(b.Text), normalizedTitle)) continue;
            if (len < 300 && Insert().IsMatch(b.Text)) continue;
            if (FurnitureLines.IsFurniture(b.Text)) continue;
            if (len < MaxPrompt && Prompt().IsMatch(b.Text)) continue;
            if (template is not null && template.IsTemplate(b.Text)) continue;
            if (len < 200 && Credit().IsMatch(b.Text)) continue;
            if (len < 200 && Copyright().IsMatch(b.Text)) continue;
            // Quotes (embedded posts end in a linked "— name (@handle) date") are exempt from the link-density test.
            if (b.LinkDensity > 0.6 && len < 400 && b.Kind is not (BlockKind.Heading or BlockKind.Quote)) continue;
            if (b.Kind == BlockKind.ListItem && b.LinkDensity > 0.5) continue;
            kept.Add(b);
        }
        // Headings with nothing after them are leftovers of removed sections ("Related", "Comments").
        while (kept.Count > 0 && kept[^1].Kind is BlockKind.Heading or BlockKind.Figure) kept.RemoveAt(kept.Count - 1);
        return kept;
    }

    /// <summary>The share of the blocks' text (in characters) that the template knows.</summary>
    private static double TemplateShare(List<Block> blocks, Templates.TemplateModel template)
    {
        long all = 0, known = 0;
        foreach (var b in blocks)
        {
            if (b.Kind == BlockKind.Figure) continue;
            all += b.Text.Length;
            if (template.IsTemplate(b.Text)) known += b.Text.Length;
        }
        return all == 0 ? 0 : (double)known / all;
    }

    /// <summary>Whether a block's normalized text is the declared description (whole, or cut within a tenth of it).</summary>
    internal static bool SameLead(string block, string lead) =>
        block.Length > 30 && (block == lead || (lead.Length > block.Length * 0.9 && lead.StartsWith(block, StringComparison.Ordinal)) || (block.Length > lead.Length * 0.9 && block.StartsWith(lead, StringComparison.Ordinal) && block.Length < lead.Length * 1.1));

    internal static string Normalize(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    private static bool Similar(string a, string b) =>
        a.Length > 0 && b.Length > 0 && (a == b || (a.Length > 10 && b.Contains(a, StringComparison.Ordinal)) || (b.Length > 10 && a.Contains(b, StringComparison.Ordinal)));
}

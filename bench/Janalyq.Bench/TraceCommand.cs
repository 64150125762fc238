using Janalyq.Extraction;
using Janalyq.Extraction.Body;

namespace Janalyq.Bench;

/// <summary>Debugging aid: shows, for one AEB page, what the cleaner removed and which container won.</summary>
public static class TraceCommand
{
    public static int Run(string dataRoot, string[] args)
    {
        var page = BenchData.LoadAeb(dataRoot).First(p => p.Id.StartsWith(args[0], StringComparison.Ordinal));
        var doc = Janalyq.Markup.PageParser.Parse(PageDecoder.Decode(page.Html, null));
        var body = doc.Body!;
        var before = NodeStats.Measure(body);
        foreach (var e in before.Elements)
        {
            var info = before[e];
            if (info.Text < 300) continue;
            var sig = ClassHints.Signature(e);
            if (sig.Length > 0 && ClassHints.Unlikely().IsMatch(sig) && !ClassHints.MaybeContent().IsMatch(sig))
                Console.WriteLine($"unlikely: <{e.LocalName} {sig}> text={info.Text}");
            if (Html.Furniture.Contains(e.LocalName)) Console.WriteLine($"furniture: <{e.LocalName} {sig}> text={info.Text}");
            if (e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true" || ClassHints.HasBoilerplateRole(e) || (e.GetAttribute("style") ?? "").Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.Ordinal))
                Console.WriteLine($"hidden/role: <{e.LocalName} {sig} role={e.GetAttribute("role")}> text={info.Text}");
        }
        var unlikely = DomCleaner.Clean(body, 512, null, []);
        var stats = NodeStats.Measure(body, unlikely);
        var roots = ContentLocator.Locate(body, stats);
        if (args.Length > 1)
        {
            Console.WriteLine($"after clean: {body.TextContent.Contains(args[1], StringComparison.Ordinal)}; in roots: {roots.Any(r => r.TextContent.Contains(args[1], StringComparison.Ordinal))}");
            ContentPruner.Prune(roots, stats);
            Console.WriteLine($"after prune: {roots.Any(r => r.TextContent.Contains(args[1], StringComparison.Ordinal))}");
        }
        foreach (var r in roots)
            Console.WriteLine($"root: <{r.LocalName} {ClassHints.Signature(r)}> text={stats[r].Text} score={stats[r].Score:0.0} ld={stats[r].LinkDensity:0.00}");
        foreach (var c in stats.Elements.Where(e => stats[e].Candidate).OrderByDescending(e => stats[e].Score).Take(8))
            Console.WriteLine($"cand: <{c.LocalName} {ClassHints.Signature(c)}> text={stats[c].Text} score={stats[c].Score:0.0}");
        return 0;
    }
}

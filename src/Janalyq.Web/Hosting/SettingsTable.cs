using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Janalyq.Settings;

namespace Janalyq.Web.Hosting;

/// <summary>
/// The README's configuration table, generated from the options classes every verb registers
/// (<see cref="CoreServices.AddJanalyqCore"/>): one row per setting, nested groups and per-key maps included; the
/// default read from a new instance; the meaning from the property's doc comment (the XML documentation files built
/// beside the assemblies). A closing "; default X" or ". Default X." in a comment is checked against the code and left
/// out of the meaning, since the table has its own column.
/// </summary>
internal static partial class SettingsTable
{
    public const string Begin = "<!-- settings-table: generated from the options classes by scripts/settings-table; edit their doc comments, not these rows -->";
    public const string End = "<!-- /settings-table -->";

    /// <summary>The sections every verb checks, in registration order.</summary>
    public static IReadOnlyList<SettingsSection> Sections()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddJanalyqCore();
        return builder.Services
            .Where(d => d.ServiceType == typeof(SettingsSection) && !d.IsKeyedService)
            .Select(d => (SettingsSection)d.ImplementationInstance!)
            .ToList();
    }

    /// <summary>The table in Markdown: setting | default | meaning.</summary>
    public static string Markdown()
    {
        var table = new StringBuilder("| setting | default | meaning |\n|---|---|---|\n");
        var docs = new Docs();
        foreach (var section in Sections())
        {
            foreach (var (key, shown, meaning) in Rows(section.OptionsType, Activator.CreateInstance(section.OptionsType)!, section.Section, docs))
                table.Append(CultureInfo.InvariantCulture, $"| `{key}` | {Cell(shown)} | {Cell(meaning)} |\n");
        }
        return table.ToString();
    }

    /// <summary>The table <paramref name="readme"/> holds between the markers.</summary>
    public static string Current(string readme)
    {
        var (start, end) = Markers(readme);
        return readme[start..end];
    }

    /// <summary><paramref name="readme"/> with the rows between the markers generated afresh.</summary>
    public static string Rewrite(string readme)
    {
        var (start, end) = Markers(readme);
        return readme[..start] + Markdown() + readme[end..];
    }

    private static (int Start, int End) Markers(string readme)
    {
        var begin = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin) throw new InvalidOperationException($"the README has no lines '{Begin}' and '{End}' around the settings table");
        return (begin + Begin.Length + 1, end);
    }

    private static IEnumerable<(string Key, string Default, string Meaning)> Rows(Type type, object defaults, string path, Docs docs)
    {
        foreach (var property in SettingShape.Properties(type))
        {
            var key = $"{path}:{property.Name}";
            var value = property.GetValue(defaults);
            var kind = SettingShape.KindOf(property.PropertyType, out var item);
            if (kind == SettingKind.Group)
            {
                foreach (var row in Rows(property.PropertyType, value ?? Activator.CreateInstance(property.PropertyType)!, key, docs)) yield return row;
                continue;
            }
            var (meaning, stated) = docs.Meaning(property);
            var shown = Default(property, value);
            if (stated is not null && stated.Trim('"') != shown)
                throw new InvalidOperationException($"{key}: its doc comment says default {stated}, the code's default is {shown}");
            yield return (key, shown, meaning);
            if (kind is SettingKind.List or SettingKind.Map && item is not null && SettingShape.KindOf(item, out _) == SettingKind.Group)
            {
                var placeholder = kind == SettingKind.Map ? "<key>" : "<n>";
                foreach (var row in Rows(item, Activator.CreateInstance(item)!, $"{key}:{placeholder}", docs)) yield return row;
            }
        }
    }

    /// <summary>A default as the table shows it: durations as "30 s", byte counts in MiB, empty lists as "none".</summary>
    private static string Default(PropertyInfo property, object? value) => value switch
    {
        null or "" => "—",
        string s => s,
        bool b => b ? "true" : "false",
        TimeSpan t => SettingText.Duration(t),
        int n when property.Name.EndsWith("Bytes", StringComparison.Ordinal) && n % (1024 * 1024) == 0 => $"{n / (1024 * 1024)} MiB",
        int n when property.Name.EndsWith("Bytes", StringComparison.Ordinal) && n % 1024 == 0 => $"{n / 1024} KiB",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IDictionary { Count: 0 } => "none",
        IDictionary { Count: > 12 } many => $"{many.Count} keys", // a long default map (the rubric words) is named in the meaning
        IDictionary map => string.Join(", ", map.Keys.Cast<object>()),
        IEnumerable items => items.Cast<object?>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture)).ToList() is { Count: > 0 } list ? string.Join(", ", list) : "none",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "—",
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Doc comments of the options' assemblies, from the XML files the build writes beside them.</summary>
    private sealed partial class Docs
    {
        private readonly Dictionary<Assembly, Dictionary<string, XElement>> _members = [];

        /// <summary>The summary of <paramref name="property"/> as one sentence or more, and the default it states, if any.</summary>
        public (string Meaning, string? StatedDefault) Meaning(PropertyInfo property)
        {
            var id = $"P:{property.DeclaringType!.FullName!.Replace('+', '.')}.{property.Name}";
            if (!Members(property.DeclaringType.Assembly).TryGetValue(id, out var member) || member.Element("summary") is not { } summary)
                throw new InvalidOperationException($"{id} has no doc comment; every setting needs one (it is the README's meaning)");
            var text = Spaces().Replace(Text(summary), " ").Trim();
            string? stated = null;
            if (DefaultClause().Match(text) is { Success: true } clause)
            {
                stated = clause.Groups["value"].Value;
                text = text[..clause.Index];
            }
            return (text.EndsWith('.') ? text : text + ".", stated);
        }

        private Dictionary<string, XElement> Members(Assembly assembly)
        {
            if (_members.TryGetValue(assembly, out var known)) return known;
            var file = Path.ChangeExtension(assembly.Location, ".xml");
            if (!File.Exists(file)) throw new InvalidOperationException($"{file} is missing: the build writes it (GenerateDocumentationFile)");
            var members = XDocument.Load(file).Descendants("member")
                .Where(m => m.Attribute("name") is not null)
                .ToDictionary(m => m.Attribute("name")!.Value, StringComparer.Ordinal);
            _members[assembly] = members;
            return members;
        }

        private static string Text(XElement element) => string.Concat(element.Nodes().Select(node => node switch
        {
            XText text => text.Value,
            XElement { Name.LocalName: "see" or "seealso" } see =>
                see.Attribute("cref") is { } cref ? ShortName(cref.Value) : see.Attribute("langword")?.Value ?? see.Attribute("href")?.Value ?? "",
            XElement { Name.LocalName: "paramref" or "typeparamref" } name => name.Attribute("name")?.Value ?? "",
            XElement { Name.LocalName: "c" } code => "`" + code.Value + "`",
            XElement other => Text(other),
            _ => "",
        }));

        /// <summary>"T:Janalyq.Extraction.HostRule" → "HostRule"; "M:A.B.C(System.String)" → "C".</summary>
        private static string ShortName(string cref)
        {
            var name = cref[(cref.IndexOf(':', StringComparison.Ordinal) + 1)..];
            var parens = name.IndexOf('(', StringComparison.Ordinal);
            if (parens >= 0) name = name[..parens];
            return name[(name.LastIndexOf('.') + 1)..];
        }

        [GeneratedRegex(@"\s+")]
        private static partial Regex Spaces();

        /// <summary>"...; default 30 s." or "... . Default 20." at the end of a summary.</summary>
        [GeneratedRegex(@"(?:;|(?<=\.))\s*[Dd]efault:?\s+(?<value>[^;]+?)\.?$")]
        private static partial Regex DefaultClause();
    }
}

using System.Text;

namespace Janalyq.Demo.Generator;

/// <summary>HTML escaping for text and attribute values.</summary>
internal static class Html
{
    public static string Text(string s) =>
        s.Replace("&", "&amp;", StringComparison.Ordinal)
         .Replace("<", "&lt;", StringComparison.Ordinal)
         .Replace(">", "&gt;", StringComparison.Ordinal);

    public static string Attr(string s) => Text(s).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>Appends a line to a page being built; pages use "\n" line ends whatever the platform.</summary>
    public static StringBuilder Line(this StringBuilder sb, string s) => sb.Append(s).Append('\n');
}

using System.Net;
using System.Text;

namespace Janalyq.Markup;

/// <summary>Writes a subtree back as HTML, without recursion (100,000 nested elements must not exhaust the stack).</summary>
internal static class Serializer
{
    internal static void Write(Node root, StringBuilder sb)
    {
        var node = root;
        while (node is not null)
        {
            if (node is TextNode t)
            {
                var raw = t.ParentElement is { LocalName: "script" or "style" or "xmp" or "iframe" or "noembed" or "noframes" or "plaintext" };
                sb.Append(raw ? t.Data : WebUtility.HtmlEncode(t.Data));
            }
            else if (node is Element e)
            {
                sb.Append('<').Append(e.LocalName);
                foreach (var (name, value) in e.Attributes)
                    sb.Append(' ').Append(name).Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
                sb.Append('>');
                if (e.FirstChild is { } first) { node = first; continue; }
                if (!TagNames.IsVoid(e.LocalName)) sb.Append("</").Append(e.LocalName).Append('>');
            }
            // Done with node: climb to the next sibling, closing the elements left behind.
            while (node is not null && node != root && node.NextSibling is null)
            {
                node = node.ParentElement;
                if (node is Element closed) sb.Append("</").Append(closed.LocalName).Append('>');
            }
            if (node is null || node == root) break;
            node = node.NextSibling;
        }
    }
}

using System.Globalization;
using System.Text;

namespace Janalyq.Demo.Generator.Media;

/// <summary>
/// Draws a lead "photo": a 1200×675 abstract SVG — a gradient, soft circles placed by the image
/// name's hash, and a motif evoking the category. Small (under 4 KB) and identical on every run.
/// </summary>
internal static class SvgIllustration
{
    private static readonly Dictionary<string, (string From, string To, string Accent)> Palettes = new(StringComparer.Ordinal)
    {
        ["politics"] = ("#1e3a5f", "#3c6e9f", "#e8c872"),
        ["economy"] = ("#0f4c3a", "#2e8b57", "#f2d16b"),
        ["society"] = ("#5b3f8c", "#8e6fc1", "#ffd5a8"),
        ["world"] = ("#0b3954", "#087e8b", "#bfd7ea"),
        ["incidents"] = ("#5c1a1b", "#b23a2a", "#ffb347"),
        ["sports"] = ("#113f67", "#3a7bd5", "#ffde59"),
        ["technology"] = ("#1a1a2e", "#16537e", "#4fd1c5"),
        ["science"] = ("#2d1b4e", "#4b3f9e", "#9be7ff"),
        ["culture"] = ("#4a1942", "#893168", "#f6c667"),
        ["health"] = ("#0d5c63", "#44a1a0", "#ffffff"),
    };

    public static string Draw(string image, string category)
    {
        var (from, to, accent) = Palettes.TryGetValue(category, out var p) ? p : Palettes["society"];
        var seed = Stable.Mixed(image + "/" + category);
        var sb = new StringBuilder(3000);
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"675\" viewBox=\"0 0 1200 675\">\n");
        sb.Append(CultureInfo.InvariantCulture, $"<title>{Html.Text(image)}</title>\n");
        sb.Append("<defs><linearGradient id=\"bg\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\">");
        sb.Append(CultureInfo.InvariantCulture, $"<stop offset=\"0\" stop-color=\"{from}\"/><stop offset=\"1\" stop-color=\"{to}\"/></linearGradient>");
        sb.Append("<radialGradient id=\"glow\" cx=\"0.7\" cy=\"0.4\" r=\"0.6\"><stop offset=\"0\" stop-color=\"#fff\" stop-opacity=\"0.25\"/>");
        sb.Append("<stop offset=\"1\" stop-color=\"#fff\" stop-opacity=\"0\"/></radialGradient></defs>\n");
        sb.Append("<rect width=\"1200\" height=\"675\" fill=\"url(#bg)\"/><rect width=\"1200\" height=\"675\" fill=\"url(#glow)\"/>\n");
        for (var i = 0; i < 4; i++)
        {
            var h = Stable.Mixed(image + ":" + i.ToString(CultureInfo.InvariantCulture));
            sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{h % 1200}\" cy=\"{(h >> 11) % 675}\" r=\"{60 + ((h >> 20) % 220)}\" fill=\"#fff\" fill-opacity=\"0.0{4 + (i % 4)}\"/>\n");
        }
        sb.Append(CultureInfo.InvariantCulture, $"<g fill=\"none\" stroke=\"{accent}\" stroke-width=\"10\" stroke-linecap=\"round\" stroke-linejoin=\"round\" transform=\"translate({720 + (seed % 60)} {300 + ((seed >> 8) % 40)})\">\n");
        sb.Append(Motif(category, seed, accent));
        sb.Append("</g>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"64\" y=\"612\" fill=\"#fff\" fill-opacity=\"0.85\" font-family=\"Arial, sans-serif\" font-size=\"34\" letter-spacing=\"8\">{category.ToUpperInvariant()}</text>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"64\" y=\"632\" width=\"{120 + (seed % 160)}\" height=\"6\" fill=\"{accent}\"/>\n");
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static string Motif(string category, uint seed, string accent) => category switch
    {
        "politics" => "<path d=\"M-220 -60 L0 -190 L220 -60 Z\"/><path d=\"M-240 200 H240 M-260 240 H260\"/>"
            + Repeat(6, i => $"<path d=\"M{-180 + (i * 72)} -30 V170\"/>"),
        "economy" => Repeat(6, i => $"<rect x=\"{-260 + (i * 90)}\" y=\"{160 - Bar(seed, i)}\" width=\"54\" height=\"{Bar(seed, i)}\" fill=\"{accent}\" fill-opacity=\"0.35\"/>")
            + "<polyline points=\"-260,120 -170,60 -80,90 10,-20 100,10 190,-110 280,-150\"/>",
        "society" => Repeat(5, i => $"<circle cx=\"{-240 + (i * 120)}\" cy=\"{-60 - ((i % 2) * 30)}\" r=\"38\"/><path d=\"M{-300 + (i * 120)} {130 - ((i % 2) * 30)} q60 -130 120 0\"/>"),
        "world" => "<circle r=\"210\"/><ellipse rx=\"90\" ry=\"210\"/><ellipse rx=\"170\" ry=\"210\"/><path d=\"M-210 0 H210 M-185 -100 H185 M-185 100 H185\"/>",
        "incidents" => "<path d=\"M0 -200 L220 180 H-220 Z\"/><path d=\"M0 -70 V60\" stroke-width=\"22\"/><circle cy=\"120\" r=\"8\" fill=\"" + accent + "\"/>",
        "sports" => "<ellipse rx=\"280\" ry=\"150\"/><ellipse rx=\"220\" ry=\"100\"/><ellipse rx=\"160\" ry=\"50\"/><circle cx=\"250\" cy=\"-190\" r=\"46\" fill=\"" + accent + "\" fill-opacity=\"0.5\"/>",
        "technology" => "<rect x=\"-110\" y=\"-110\" width=\"220\" height=\"220\" rx=\"18\"/><rect x=\"-50\" y=\"-50\" width=\"100\" height=\"100\" fill=\"" + accent + "\" fill-opacity=\"0.3\"/>"
            + Repeat(4, i => $"<path d=\"M{-75 + (i * 50)} -110 V-190 M{-75 + (i * 50)} 110 V190 M-110 {-75 + (i * 50)} H-190 M110 {-75 + (i * 50)} H190\"/>"),
        "science" => "<circle r=\"28\" fill=\"" + accent + "\"/>" + Repeat(3, i => $"<ellipse rx=\"230\" ry=\"80\" transform=\"rotate({i * 60})\"/>"),
        "culture" => "<rect x=\"-280\" y=\"-120\" width=\"560\" height=\"240\" rx=\"12\"/>"
            + Repeat(7, i => $"<rect x=\"{-262 + (i * 78)}\" y=\"-104\" width=\"28\" height=\"20\" rx=\"4\"/><rect x=\"{-262 + (i * 78)}\" y=\"84\" width=\"28\" height=\"20\" rx=\"4\"/>")
            + "<path d=\"M-180 -60 H-20 V60 H-180 Z M20 -60 H180 V60 H20 Z\"/>",
        "health" => "<path d=\"M-50 -170 H50 V-50 H170 V50 H50 V170 H-50 V50 H-170 V-50 H-50 Z\"/><polyline points=\"-300,240 -120,240 -80,180 -40,300 0,210 40,240 300,240\"/>",
        _ => "<circle r=\"180\"/>",
    };

    private static int Bar(uint seed, int i) => 60 + (int)((seed >> (i * 3)) % 220);

    private static string Repeat(int n, Func<int, string> part) => string.Concat(Enumerable.Range(0, n).Select(part));
}

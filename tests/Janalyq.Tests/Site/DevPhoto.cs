using System.Globalization;

namespace Janalyq.Tests.Site;

/// <summary>Drawn stand-ins for lead photos (sky, sun, hills in a hue derived from the name), for looking at pages offline.</summary>
internal static class DevPhoto
{
    public static string Svg(string name)
    {
        int hue = (int)((uint)StableHash(name) % 360);
        string H(int offset) => ((hue + offset) % 360).ToString(CultureInfo.InvariantCulture);
        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 675" width="1200" height="675">
              <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
                <stop offset="0" stop-color="hsl({H(0)},55%,78%)"/><stop offset="1" stop-color="hsl({H(30)},60%,92%)"/></linearGradient></defs>
              <rect width="1200" height="675" fill="url(#sky)"/>
              <circle cx="880" cy="190" r="80" fill="hsl({H(40)},90%,85%)"/>
              <path d="M0 420 Q250 300 520 400 T1200 360 V675 H0Z" fill="hsl({H(180)},30%,55%)"/>
              <path d="M0 520 Q300 430 640 520 T1200 500 V675 H0Z" fill="hsl({H(200)},35%,38%)"/>
              <path d="M0 610 Q400 560 800 610 T1200 600 V675 H0Z" fill="hsl({H(220)},30%,25%)"/>
            </svg>
            """;
    }

    private static int StableHash(string s)
    {
        int h = 17;
        foreach (char c in s) h = unchecked(h * 31 + c);
        return h;
    }
}

using System.Globalization;
using System.Resources;

namespace Janalyq.Web.Site;

/// <summary>The interface strings of one language, from Resources/Site*.resx (the neutral file is Russian).</summary>
public sealed class SiteText
{
    internal static readonly ResourceManager Resources = new("Janalyq.Web.Resources.Site", typeof(SiteText).Assembly);

    private readonly SiteLanguage _language;
    private readonly CultureInfo _culture;

    public SiteText(SiteLanguage language)
    {
        _language = language;
        _culture = language.Culture;
    }

    /// <summary>The string for a key; the key itself when missing, so a gap shows instead of failing the page.</summary>
    public string this[string key] => Resources.GetString(key, _culture) ?? key;

    public string Format(string key, params object?[] args) => string.Format(_culture, this[key], args);

    /// <summary>Display name of a category.</summary>
    public string Category(string? slug) => slug is null ? "" : this["Category." + slug];

    /// <summary>A language by its own name ("қазақ тілі", "русский", "English"; ICU's), the code when it has none.</summary>
    public static string LanguageName(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            string name = culture.NativeName;
            return name.Length == 0 || name == code ? code : char.ToUpper(name[0], culture) + name[1..];
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    /// <summary>
    /// A count with its noun in the right plural form: keys "{key}.One", "{key}.Few", "{key}.Many"
    /// (Russian needs all three; English uses One and Many; Kazakh nouns do not change after a numeral: Many).
    /// </summary>
    public string Plural(string key, int count) => Format(key + "." + PluralForm(count), count);

    private string PluralForm(int n)
    {
        if (_language == SiteLanguage.Kazakh) return "Many";
        if (_language == SiteLanguage.English) return n == 1 ? "One" : "Many";
        int mod10 = n % 10, mod100 = n % 100;
        if (mod10 == 1 && mod100 != 11) return "One";
        if (mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14) return "Few";
        return "Many";
    }
}

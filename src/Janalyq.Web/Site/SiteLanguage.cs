using System.Globalization;

namespace Janalyq.Web.Site;

/// <summary>A language of the site's interface: the first segment of its URLs (none for the default, Russian).</summary>
public sealed class SiteLanguage
{
    public static readonly SiteLanguage Russian = new("ru", "ru", "ru-RU", "ru_RU");
    public static readonly SiteLanguage Kazakh = new("kk", "kz", "kk-KZ", "kk_KZ");
    public static readonly SiteLanguage English = new("en", "en", "en-US", "en_US");

    /// <summary>The languages in the order of the site-version switch.</summary>
    public static readonly IReadOnlyList<SiteLanguage> All = [Russian, Kazakh, English];

    public static readonly SiteLanguage Default = Russian;

    private SiteLanguage(string code, string label, string culture, string openGraphLocale)
    {
        Code = code;
        Label = label;
        Culture = CultureInfo.GetCultureInfo(culture);
        OpenGraphLocale = openGraphLocale;
    }

    /// <summary>ISO 639-1 code, also the URL prefix and the html lang attribute.</summary>
    public string Code { get; }

    /// <summary>What the site-version switch shows ("kz" for Kazakh, as Kazakhstani sites write it).</summary>
    public string Label { get; }

    public CultureInfo Culture { get; }

    public string OpenGraphLocale { get; }

    /// <summary>Prefix of this language's URLs: "" for the default language, "/kk" otherwise.</summary>
    public string PathPrefix => ReferenceEquals(this, Default) ? "" : "/" + Code;

    public static SiteLanguage? Find(string? code) =>
        All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => Code;
}

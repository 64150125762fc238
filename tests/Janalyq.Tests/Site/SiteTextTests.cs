using System.Collections;
using System.Globalization;
using System.Resources;
using Janalyq.Web.Site;

namespace Janalyq.Tests.Site;

public class SiteTextTests
{
    [Theory]
    [InlineData("ru", 1, "1 источник")]
    [InlineData("ru", 3, "3 источника")]
    [InlineData("ru", 5, "5 источников")]
    [InlineData("ru", 11, "11 источников")]
    [InlineData("ru", 21, "21 источник")]
    [InlineData("ru", 22, "22 источника")]
    [InlineData("ru", 112, "112 источников")]
    [InlineData("kk", 1, "1 дереккөз")]
    [InlineData("kk", 5, "5 дереккөз")]
    [InlineData("en", 1, "1 source")]
    [InlineData("en", 21, "21 sources")]
    public void Counts_take_the_plural_form_of_the_language(string lang, int count, string expected) =>
        Assert.Equal(expected, new SiteText(SiteLanguage.Find(lang)!).Plural("Sources", count));

    [Theory]
    [InlineData("kk")]
    [InlineData("en")]
    public void Every_russian_string_is_translated(string lang)
    {
        var neutral = Keys(CultureInfo.InvariantCulture);
        var translated = Keys(CultureInfo.GetCultureInfo(lang));

        Assert.Empty(neutral.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(neutral.Keys));
        Assert.All(translated, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    [Fact]
    public void Every_category_has_a_name_in_every_language()
    {
        foreach (var language in SiteLanguage.All)
        {
            var text = new SiteText(language);
            Assert.All(Janalyq.News.Category.All, c => Assert.NotEqual("Category." + c.Slug, text.Category(c.Slug)));
        }
    }

    private static Dictionary<string, string> Keys(CultureInfo culture)
    {
        var manager = new ResourceManager("Janalyq.Web.Resources.Site", typeof(SiteText).Assembly);
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for {culture.Name}.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string ?? "");
    }
}

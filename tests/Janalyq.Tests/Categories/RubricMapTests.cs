using Janalyq.Categories;

namespace Janalyq.Tests.Categories;

public sealed class RubricMapTests
{
    [Theory]
    [InlineData("Политика", "politics")]
    [InlineData("Мировая экономика", "economy")]
    [InlineData("Lifestyle", "culture")]
    [InlineData("Life", "society")]
    [InlineData("Қоғам", "society")]
    [InlineData("IT", "technology")]
    [InlineData("Hi-Tech", "technology")]
    [InlineData("В мире", "world")]
    [InlineData("Гороскоп", "not_news")]
    [InlineData("Партнёрский материал", "not_news")]
    public void Rubric_words_name_their_category(string rubric, string target)
    {
        Assert.Equal(target, RubricMap.Default.Match(rubric)?.Target);
    }

    [Theory]
    [InlineData("Items")]
    [InlineData("Новости")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_rubrics_name_nothing(string? rubric)
    {
        Assert.Null(RubricMap.Default.Match(rubric));
    }

    [Theory]
    [InlineData("https://example.kz/news/2026/12/03/politseyskie-nashli-ugnannyy-avtomobil", null)] // a slug is no rubric
    [InlineData("https://example.kz/news/sport-i-futbol/123", "sports")]
    [InlineData("https://example.kz/economic/123.html", "economy")]
    [InlineData("https://www.example.kz/", null)]
    [InlineData("not a url", null)]
    public void Url_segments_and_sub_domains_are_rubrics_but_slugs_are_not(string url, string? target)
    {
        Assert.Equal(target, RubricMap.Default.MatchUrl(url)?.Target);
    }

    [Fact]
    public void A_configured_map_adds_to_the_defaults_and_none_drops_one()
    {
        var rubrics = new CategoriesOptions().Rubrics;
        rubrics["avtovesti"] = "technology";
        rubrics["life"] = "none";
        var map = new RubricMap(rubrics);

        Assert.Equal("technology", map.Match("Avtovesti")?.Target);
        Assert.Null(map.Match("Life"));
        Assert.Equal("sports", map.Match("Спорт")?.Target);
    }
}

using Janalyq.Web.Site;

namespace Janalyq.Tests.Site;

public class ArticleSlugTests
{
    [Theory]
    [InlineData("Нацбанк снизил базовую ставку до 13,75%", "natsbank-snizil-bazovuyu-stavku-do-13-75")]
    [InlineData("Ұлттық банк базалық мөлшерлемені төмендетті", "ulttyq-bank-bazalyq-molsherlemeni-tomendetti")]
    [InlineData("Kazakh boxer takes world title!", "kazakh-boxer-takes-world-title")]
    [InlineData("Щёлково: объявлен «жёлтый» уровень", "shchelkovo-obyavlen-zheltyy-uroven")]
    [InlineData("«»—…", "")]
    public void Titles_become_latin_slugs(string title, string expected) =>
        Assert.Equal(expected, ArticleSlug.From(title));

    [Fact]
    public void Long_titles_are_cut_at_a_word()
    {
        string slug = ArticleSlug.From(string.Join(' ', Enumerable.Repeat("слово", 40)));

        Assert.InRange(slug.Length, 60, 80);
        Assert.EndsWith("slovo", slug, StringComparison.Ordinal);
    }
}

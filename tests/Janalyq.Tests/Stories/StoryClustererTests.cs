using Janalyq.Evidence;
using Janalyq.Stories;

namespace Janalyq.Tests.Stories;

/// <summary>Incremental clustering: the demo corpus's events, growth, merges, splits, and earlier related stories.</summary>
public sealed class StoryClustererTests
{
    private static StoryClusterer Clusterer(StoryOptions? options = null) => new(options ?? new StoryOptions(), new EvidenceExtractor());

    private const long Hour = 3_600_000;

    [Fact]
    public async Task The_demo_corpus_events_are_its_stories_across_languages()
    {
        var clusterer = Clusterer();
        var articles = await DemoArticles.LoadAsync();
        var storyOf = new Dictionary<long, long>();
        foreach (var (_, article) in articles)
        {
            var changes = clusterer.Add(article);
            foreach (var a in changes.Assigned) storyOf[a.ArticleId] = a.StoryId;
            foreach (var m in changes.Merged) foreach (var k in storyOf.Where(s => s.Value == m.From).Select(s => s.Key).ToList()) storyOf[k] = m.Into;
        }

        // No story mixes two events (pairwise precision 1), cross-language ones included.
        var byStory = articles.GroupBy(a => storyOf[a.Article.Id]).ToList();
        Assert.All(byStory, s => Assert.Single(s.Select(a => a.Page.Event).Distinct()));
        Assert.Contains(byStory, s => s.Select(a => a.Page.Language).Distinct().Count() == 3);
        // 15 events, 15 stories: the local-angle article of event 01 (vecherniy-gorod) in its event's story too.
        Assert.Equal(15, byStory.Count);
    }

    [Fact]
    public void A_story_grows_and_two_stories_an_article_links_merge_into_the_older()
    {
        var clusterer = Clusterer();
        var a = clusterer.Add(new StoryArticle(1, 0, "ru", "Пожар на рынке Барахолка в Алматы", "Пожар на рынке Барахолка тушили пожарные Алматы всю ночь, площадь возгорания 2000 квадратных метров."));
        var b = clusterer.Add(new StoryArticle(2, Hour, "ru", "Площадь пожара на Барахолке", "Пожарные Алматы потушили возгорание на рынке: площадь пожара составила 2000 квадратных метров, пострадавших нет."));
        var c = clusterer.Add(new StoryArticle(3, 2 * Hour, "ru", "Арендаторы контейнеров требуют компенсации", "Арендаторы торговых контейнеров требуют компенсации убытков от администрации и страховщиков."));
        var bridge = clusterer.Add(new StoryArticle(4, 3 * Hour, "ru", "Пожар на рынке Барахолка: арендаторы контейнеров требуют компенсации",
            "Пожар на рынке Барахолка тушили пожарные Алматы всю ночь, площадь возгорания 2000 квадратных метров. Арендаторы торговых контейнеров требуют компенсации убытков от администрации и страховщиков."));

        var first = a.Assigned.Single().StoryId;
        Assert.Equal(first, b.Assigned.Single().StoryId);
        var second = c.Assigned.Single().StoryId;
        Assert.NotEqual(first, second);
        Assert.Equal([new StoryMerge(second, first)], bridge.Merged);
        Assert.All(new long[] { 1, 2, 3, 4 }, id => Assert.Equal(first, clusterer.StoryOf(id)));
    }

    [Fact]
    public void A_story_merged_through_one_article_splits_when_that_article_changes()
    {
        var clusterer = Clusterer();
        clusterer.Add(new StoryArticle(1, 0, "ru", "Пожар на рынке Барахолка в Алматы", "Пожар на рынке Барахолка тушили пожарные Алматы всю ночь, площадь возгорания 2000 квадратных метров."));
        clusterer.Add(new StoryArticle(3, Hour, "ru", "Арендаторы контейнеров требуют компенсации", "Арендаторы торговых контейнеров требуют компенсации убытков от администрации и страховщиков."));
        clusterer.Add(new StoryArticle(4, 2 * Hour, "ru", "Пожар на рынке Барахолка: арендаторы контейнеров требуют компенсации",
            "Пожар на рынке Барахолка тушили пожарные Алматы всю ночь, площадь возгорания 2000 квадратных метров. Арендаторы торговых контейнеров требуют компенсации убытков от администрации и страховщиков."));
        Assert.Equal(clusterer.StoryOf(1), clusterer.StoryOf(3));

        // The bridging article is rewritten (a live page): it is now only about the traders' losses.
        var changed = clusterer.Add(new StoryArticle(4, 2 * Hour, "ru", "Арендаторы контейнеров требуют компенсации убытков",
            "Арендаторы торговых контейнеров требуют компенсации убытков от администрации и страховщиков, сообщили в ассоциации."));

        Assert.NotEqual(clusterer.StoryOf(1), clusterer.StoryOf(3));
        Assert.Equal(clusterer.StoryOf(3), clusterer.StoryOf(4));
        Assert.Contains(changed.Assigned, a => a.ArticleId == 3 || a.ArticleId == 1);
    }

    [Fact]
    public void Earlier_related_stories_are_earlier_and_never_the_story_itself_or_a_later_one()
    {
        var clusterer = Clusterer(new StoryOptions { Window = TimeSpan.FromDays(20) });
        const long day = 24 * Hour;
        var earlier = clusterer.Add(new StoryArticle(1, 0, "ru", "Тлеубердиев встретился с Блинкеном в Астане", "Министр Тлеубердиев и госсекретарь Блинкен обсудили в Астане поставки Каспийским трубопроводом.")).Assigned[0].StoryId;
        var current = clusterer.Add(new StoryArticle(2, 6 * day, "ru", "Тлеубердиев провёл переговоры в Ташкенте", "Министр Тлеубердиев в Ташкенте подписал соглашение о воде Сырдарьи, Блинкен поддержал Каспийским маршрут.")).Assigned[0].StoryId;
        var later = clusterer.Add(new StoryArticle(3, 12 * day, "ru", "Тлеубердиев и Блинкен снова в Астане", "Тлеубердиев и Блинкен встретились в Астане, обсуждали Каспийским трубопровод и Ташкенте соглашение.")).Assigned[0].StoryId;
        Assert.Equal(3, new[] { earlier, current, later }.Distinct().Count());

        var related = clusterer.EarlierRelated(current);

        Assert.Contains(related, r => r.StoryId == earlier);
        Assert.DoesNotContain(related, r => r.StoryId == current || r.StoryId == later);
        Assert.Empty(clusterer.EarlierRelated(earlier));
    }

    [Fact]
    public void The_cost_of_an_article_is_bounded_by_the_postings_read_not_the_window()
    {
        // Every article shares most words with every other: comparing with all would cost the window's size.
        var clusterer = Clusterer(new StoryOptions { PostingsPerTerm = 10, MinimumSimilarity = 0.99, MergeSimilarity = 0.99 });
        var most = 0;
        for (var i = 1; i <= 2_000; i++)
        {
            clusterer.Add(new StoryArticle(i, i, "en", $"Weather report {i}", $"Sunny weather report for the region, bulletin number {i}, issued {i % 97}."));
            if (i > 100) most = Math.Max(most, clusterer.LastComparisons);
        }
        Assert.Equal(2_000, clusterer.Count);
        Assert.InRange(most, 1, clusterer.MaxComparisons);
        Assert.True(clusterer.MaxComparisons < 1_000);
    }
}

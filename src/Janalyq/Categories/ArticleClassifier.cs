using Janalyq.News;

namespace Janalyq.Categories;

/// <summary>
/// News or not, and the category, from every signal: the outlet's rubric (declared, else in the URL) through
/// <see cref="RubricMap"/>, and the text model (<see cref="CategoryModel"/>) for the rest.
/// <list type="bullet">
/// <item>News or not: whether the text's news kinds together are more probable than its not-news kinds, unless the
/// rubric says not news (a horoscope rubric, "партнёрский материал").</item>
/// <item>Site category: the rubric's when it names one (the outlet filed it there); else the site category with the
/// most probability among the text's news kinds. Every article gets one, not-news articles too.</item>
/// <item>Contest category: not_news (or other, for horoscopes, ads and lottery draws, whichever the not-news kinds give
/// more probability) when not news; else the contest category the text's news kinds give most probability (so
/// politics, world, incidents and society add up to society), unless a rubric decided the site category and the text's
/// best kind of that contest category is filed elsewhere: then the site category's (<see cref="ContestCategories.FromSite"/>).</item>
/// </list>
/// The confidence is the text model's probability of the verdict (news and its site category, or not news), at least
/// 0.9 when the rubric decided. Pure and thread-safe.
/// </summary>
public sealed class ArticleClassifier(CategoryModel model, RubricMap rubrics, bool rubricFromUrl = true) : IArticleClassifier
{
    private readonly ArticleKind[] _kinds = model.Labels.Select(l => ArticleKind.Find(l) ?? throw new InvalidDataException($"the model has an unknown label '{l}'")).ToArray();

    /// <summary>The shipped model with the default rubric words.</summary>
    public static ArticleClassifier Default { get; } = new(CategoryModel.Shipped, RubricMap.Default);

    public Classification Classify(ClassifierInput input)
    {
        var p = model.Predict(input.Title, input.Text);
        var rubric = RubricOf(input);
        var notNews = NotNews(p);
        var isNews = notNews < 0.5 && rubric?.IsNotNews != true;

        var siteScores = new Dictionary<string, float>(StringComparer.Ordinal);
        var contestScores = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var k = 0; k < p.Length; k++)
        {
            if (!_kinds[k].IsNews) continue;
            siteScores[_kinds[k].SiteCategory] = siteScores.GetValueOrDefault(_kinds[k].SiteCategory) + p[k];
            contestScores[_kinds[k].ContestCategory] = contestScores.GetValueOrDefault(_kinds[k].ContestCategory) + p[k];
        }
        var byText = siteScores.MaxBy(s => s.Value).Key;
        var site = rubric is { IsNotNews: false } ? rubric.Target : byText;

        string contest;
        double confidence;
        if (!isNews)
        {
            var notNewsScores = new Dictionary<string, float>(StringComparer.Ordinal);
            for (var k = 0; k < p.Length; k++)
                if (!_kinds[k].IsNews) notNewsScores[_kinds[k].ContestCategory] = notNewsScores.GetValueOrDefault(_kinds[k].ContestCategory) + p[k];
            contest = notNewsScores.MaxBy(s => s.Value).Key;
            confidence = rubric?.IsNotNews == true ? Math.Max(notNews, 0.9) : notNews;
        }
        else
        {
            // The text's most probable contest category (politics, world, incidents and society pooled into society),
            // unless the rubric filed the article under a site category whose contest category the text does not give.
            var byTextContest = contestScores.MaxBy(s => s.Value).Key;
            var kind = ArgMax(p, k => _kinds[k].IsNews && _kinds[k].ContestCategory == byTextContest);
            contest = rubric is { IsNotNews: false } && _kinds[kind].SiteCategory != site ? ContestCategories.FromSite(site) : byTextContest;
            confidence = rubric is { IsNotNews: false } ? Math.Max(siteScores[site], 0.9) : siteScores[site];
        }
        return new Classification(isNews, site, contest, Math.Clamp(confidence, 0, 1));
    }

    private RubricVerdict? RubricOf(ClassifierInput input)
    {
        if (input.RubricCategory is { } declared && Category.IsKnown(declared) && rubrics.Match(input.Rubric) is not { IsNotNews: true })
            return new RubricVerdict(input.Rubric ?? declared, declared);
        if (rubrics.Match(input.Rubric) is { } verdict) return verdict;
        return rubricFromUrl ? rubrics.MatchUrl(input.Url) : null;
    }

    private double NotNews(float[] p)
    {
        double sum = 0;
        for (var k = 0; k < p.Length; k++) if (!_kinds[k].IsNews) sum += p[k];
        return sum;
    }

    private int ArgMax(float[] p, Func<int, bool> among)
    {
        var best = -1;
        for (var k = 0; k < p.Length; k++)
        {
            if (among(k) && (best < 0 || p[k] > p[best])) best = k;
        }
        return best;
    }
}

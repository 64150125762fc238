using Janalyq.News;

namespace Janalyq.Categories;

/// <summary>
/// News or not, and the category, from every signal: the outlet's rubric (declared, else in the URL) through
/// <see cref="RubricMap"/>, and the text model (<see cref="CategoryModel"/>) for the rest.
/// <list type="bullet">
/// <item>News or not: the text's most likely kind, unless the rubric says not news (a horoscope rubric, "партнёрский материал").</item>
/// <item>Site category: the rubric's when it names one (the outlet filed it there); else the site category with the
/// most probability among the text's news kinds. Every article gets one, not-news articles too.</item>
/// <item>Contest category: not_news (or other, for horoscopes, ads and lottery draws) when not news; else the text's
/// kind's when it agrees with the site category, else the site category's (<see cref="ContestCategories.FromSite"/>).</item>
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
        var top = ArgMax(p, _ => true);
        var isNews = _kinds[top].IsNews && rubric?.IsNotNews != true;

        var siteScores = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var k = 0; k < p.Length; k++)
        {
            if (!_kinds[k].IsNews) continue;
            siteScores[_kinds[k].SiteCategory] = siteScores.GetValueOrDefault(_kinds[k].SiteCategory) + p[k];
        }
        var byText = siteScores.MaxBy(s => s.Value).Key;
        var site = rubric is { IsNotNews: false } ? rubric.Target : byText;

        string contest;
        double confidence;
        if (!isNews)
        {
            contest = _kinds[ArgMax(p, k => !_kinds[k].IsNews)].ContestCategory;
            confidence = rubric?.IsNotNews == true ? Math.Max(NotNews(p), 0.9) : NotNews(p);
        }
        else
        {
            var kind = ArgMax(p, k => _kinds[k].IsNews);
            contest = _kinds[kind].SiteCategory == site ? _kinds[kind].ContestCategory : ContestCategories.FromSite(site);
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

namespace Janalyq.Categories;

/// <summary>What an article classifier is given: the text, and every signal of the outlet's own rubric it has.</summary>
/// <param name="Language">ISO 639-1 code of the text, when known.</param>
/// <param name="Url">The article's address (its path often names the rubric).</param>
/// <param name="Rubric">The outlet's own rubric (article:section, breadcrumb, feed category), when known.</param>
/// <param name="RubricCategory">The site category the rubric already maps to (SectionCategorizer), when it does.</param>
public sealed record ClassifierInput(string Title, string Text, string? Language, string? Url, string? Rubric, string? RubricCategory);

/// <summary>
/// The verdict on one article. <paramref name="Category"/> is a site category slug (<see cref="Category.All"/>),
/// always set (not-news articles get the closest one); <paramref name="ContestCategory"/> is one of the Telegram Data
/// Clustering Contest's society, economy, technology, sports, entertainment, science, other, or "not_news".
/// </summary>
public sealed record Classification(bool IsNews, string Category, string ContestCategory, double Confidence);

/// <summary>News or not, and the category. Pure and thread-safe once built.</summary>
public interface IArticleClassifier
{
    Classification Classify(ClassifierInput input);
}

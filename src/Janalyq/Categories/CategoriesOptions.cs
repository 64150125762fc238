using Janalyq.News;
using Janalyq.Settings;

namespace Janalyq.Categories;

/// <summary>How outlets' rubrics map onto the site's categories (configuration section "Categories").</summary>
public sealed class CategoriesOptions
{
    public const string Section = "Categories";

    /// <summary>
    /// Rubric words (a word of article:section, a breadcrumb, a feed category or a URL path segment starts with the key; keys of
    /// three letters or fewer must be the whole word) and the site category each names, "not_news", or "none" to drop a
    /// default. The defaults (rubric names in ru, kk, en and their URL transliterations) are in Categories/RubricDefaults.cs;
    /// a configured map is added to them (a key given again replaces the default's value).
    /// </summary>
    [RubricTarget]
    public IDictionary<string, string> Rubrics { get; set; } = RubricDefaults.Create();

    /// <summary>Whether URL path segments and sub-domains count as the rubric when the page declares none.</summary>
    public bool RubricFromUrl { get; set; } = true;
}

/// <summary>A rubric's target: a site category slug (<see cref="Category.All"/>), "not_news" or "none".</summary>
public sealed class RubricTargetAttribute : SettingRuleAttribute
{
    public const string NotNews = "not_news";
    public const string None = "none";

    public override string? Check(object? value) =>
        value is string slug && (Category.IsKnown(slug) || slug is NotNews or None)
            ? null
            : $"must be a site category ({string.Join(", ", Category.All.Select(c => c.Slug))}), {NotNews} or {None}";
}

using Janalyq.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Janalyq.Categories;

/// <summary>Registers the article classifier.</summary>
public static class CategoriesServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IArticleClassifier"/> (a singleton: the shipped model with the rubric map of the "Categories"
    /// section, checked at start), and <see cref="RubricMap"/>.
    /// </summary>
    public static IServiceCollection AddCategories(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.AddSettings<CategoriesOptions>(CategoriesOptions.Section, configuration);
        services.TryAddSingleton(sp => new RubricMap(sp.GetRequiredService<IOptions<CategoriesOptions>>().Value.Rubrics));
        services.TryAddSingleton<IArticleClassifier>(sp => new ArticleClassifier(
            CategoryModel.Shipped, sp.GetRequiredService<RubricMap>(), sp.GetRequiredService<IOptions<CategoriesOptions>>().Value.RubricFromUrl));
        return services;
    }
}

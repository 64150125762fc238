using Janalyq.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Janalyq.Extraction;

/// <summary>Registers the extraction stage.</summary>
public static class ExtractionServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IArticleExtractor"/> (a singleton) with options bound from the "Extraction" section, when given.</summary>
    public static IServiceCollection AddExtraction(this IServiceCollection services, IConfiguration? configuration = null)
    {
        // Without a configuration the defaults apply: an empty one binds nothing.
        services.AddSettings<ExtractionOptions>(ExtractionOptions.SectionName, configuration ?? new ConfigurationBuilder().Build());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IArticleExtractor>(sp => new ArticleExtractor(sp.GetRequiredService<IOptions<ExtractionOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}

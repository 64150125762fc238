using Janalyq.Categories;
using Janalyq.Ingestion.Import;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Janalyq.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>The intake (extract → categorize → store → "article stored") and the importers.</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestionOptions>()
            .Bind(configuration.GetSection(IngestionOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SectionCategorizer>();
        services.AddSingleton<IArticleIntake, ArticleIntake>();
        services.AddSingleton<FolderImporter>();
        services.AddSingleton<DemoImporter>();
        return services;
    }
}

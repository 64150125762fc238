using Janalyq.Categories;
using Janalyq.Ingestion.Import;
using Janalyq.Ingestion.Templates;
using Janalyq.Pipeline;
using Janalyq.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Janalyq.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// The intake (extract → categorize → store, logging the change), the outlet templates, the importers, and the
    /// runner of the stages that read the change log (without its background service: the host adds that).
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<IngestionOptions>(IngestionOptions.Section, configuration);
        services.AddSettings<OutletTemplateOptions>(OutletTemplateOptions.Section, configuration);
        services.TryAddSingleton<OutletTemplateStore>();
        services.TryAddSingleton<HeldPages>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SectionCategorizer>();
        services.AddSingleton<IArticleIntake, ArticleIntake>();
        services.AddSingleton<FolderImporter>();
        services.AddSingleton<DemoImporter>();
        services.AddPipeline(configuration);
        return services;
    }
}

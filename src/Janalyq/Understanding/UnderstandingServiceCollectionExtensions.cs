using Janalyq.Categories;
using Janalyq.Copies;
using Janalyq.Evidence;
using Janalyq.Pipeline;
using Janalyq.Settings;
using Janalyq.Stories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Janalyq.Understanding;

public static class UnderstandingServiceCollectionExtensions
{
    /// <summary>
    /// The understanding stage (sections "Stories" and "Copies") with the classifier and the evidence extractor it uses.
    /// Needs AddStorage and AddPipeline (the stage runs where the pipeline's runner does: `serve`, `worker`, `replay`).
    /// </summary>
    public static IServiceCollection AddUnderstanding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<StoryOptions>(StoryOptions.Section, configuration);
        services.AddSettings<CopyOptions>(CopyOptions.Section, configuration);
        services.AddCategories(configuration);
        services.AddEvidence();
        services.AddSingleton<IPipelineStage, UnderstandingStage>();
        return services;
    }
}

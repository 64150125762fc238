using Janalyq.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Janalyq.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>
    /// The runner of the stages after storage (section "Pipeline"); stages are registered as <see cref="IPipelineStage"/>.
    /// Needs AddStorage (the change log and the checkpoints). <paramref name="background"/> adds the background service.
    /// </summary>
    public static IServiceCollection AddPipeline(this IServiceCollection services, IConfiguration configuration, bool background = false)
    {
        services.AddSettings<PipelineOptions>(PipelineOptions.Section, configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PipelineRunner>();
        if (background) services.AddHostedService<PipelineService>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Janalyq.Evidence;

public static class EvidenceServiceCollectionExtensions
{
    /// <summary>Registers the cross-language evidence extractor (pure and thread-safe: one instance for all).</summary>
    public static IServiceCollection AddEvidence(this IServiceCollection services)
    {
        services.TryAddSingleton<IEvidenceExtractor, EvidenceExtractor>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Janalyq.Ranking;

public static class RankingServiceCollectionExtensions
{
    /// <summary>Registers <see cref="TrendingLoader"/>; expects the story and article repositories to be registered.</summary>
    public static IServiceCollection AddRanking(this IServiceCollection services)
    {
        services.TryAddScoped<TrendingLoader>();
        return services;
    }
}

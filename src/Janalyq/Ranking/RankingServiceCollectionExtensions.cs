using Janalyq.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Janalyq.Ranking;

public static class RankingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="TrendingLoader"/>, its settings (section "Ranking", <see cref="RankingOptions"/>) and the
    /// editors' overrides (<see cref="NoStoryOverrides"/> unless one is registered before); expects the storage's
    /// <see cref="IStoryFeed"/> and a <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddRanking(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.AddSettings<RankingOptions>(RankingOptions.Section, configuration);
        services.TryAddSingleton<IStoryOverrides, NoStoryOverrides>();
        services.TryAddScoped<TrendingLoader>();
        return services;
    }
}

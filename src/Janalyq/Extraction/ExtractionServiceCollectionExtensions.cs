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
        var builder = services.AddOptions<ExtractionOptions>();
        if (configuration is not null) builder.Bind(configuration.GetSection(ExtractionOptions.SectionName));
        builder.Validate(o => o.MaxPageBytes > 0 && o.MaxDepth > 8 && o.TimeBudget > TimeSpan.Zero && NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(o.DefaultTimeZone) is not null,
            "Extraction options: MaxPageBytes, MaxDepth and TimeBudget must be positive and DefaultTimeZone an IANA zone id.").ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ExtractionOptions>, HostRuleValidation>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IArticleExtractor>(sp => new ArticleExtractor(sp.GetRequiredService<IOptions<ExtractionOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}

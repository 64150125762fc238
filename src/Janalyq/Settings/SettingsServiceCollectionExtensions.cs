using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Janalyq.Settings;

public static class SettingsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <typeparamref name="T"/> to <paramref name="section"/> of <paramref name="configuration"/> (null: the
    /// container's <see cref="IConfiguration"/>), checks at start that every value is readable and keeps the rules
    /// written on the properties (<see cref="SettingsValidation"/>), and records the section for the README's table.
    /// A second call for the same class changes nothing, so every stage can register the settings it reads.
    /// </summary>
    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services, string section, IConfiguration? configuration = null) where T : class
    {
        var builder = services.AddOptions<T>();
        if (services.Any(d => d.ServiceType == typeof(SettingsSection) && !d.IsKeyedService
            && d.ImplementationInstance is SettingsSection known && known.OptionsType == typeof(T))) return builder;
        services.AddSingleton(new SettingsSection(section, typeof(T)));
        if (configuration is null) builder.Configure<IConfiguration>((options, root) => SettingValues.Bind(root.GetSection(section), options));
        else builder.Configure(options => SettingValues.Bind(configuration.GetSection(section), options));
        services.AddSingleton<IValidateOptions<T>>(new SettingsValidator<T>(section));
        return builder.ValidateOnStart();
    }
}

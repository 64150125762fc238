using Microsoft.Extensions.Options;

namespace Janalyq.Web.Hosting;

/// <summary>
/// Builds the container, then checks every setting registered with ValidateOnStart at once, so that a bad one
/// fails the host's Build (before any verb migrates the database or reads a page) rather than its StartAsync,
/// which some verbs never call and `serve` calls after the migration. All failures come as one
/// <see cref="OptionsValidationException"/>, which the CLI prints in one line with exit code 4.
/// </summary>
internal sealed class SettingsCheckedServiceProviderFactory(bool development) : IServiceProviderFactory<IServiceCollection>
{
    public IServiceCollection CreateBuilder(IServiceCollection services) => services;

    public IServiceProvider CreateServiceProvider(IServiceCollection containerBuilder)
    {
        // The same options the host's default factory uses.
        var provider = containerBuilder.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = development, ValidateOnBuild = development });
        try
        {
            provider.GetService<IStartupValidator>()?.Validate();
            return provider;
        }
        catch (AggregateException all) when (all.InnerExceptions.All(e => e is OptionsValidationException))
        {
            provider.Dispose();
            var failures = all.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures).ToList();
            throw new OptionsValidationException(Options.DefaultName, typeof(object), failures);
        }
        catch (OptionsValidationException)
        {
            provider.Dispose();
            throw;
        }
    }
}

using Janalyq.Settings;
using Janalyq.Storage;
using Janalyq.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Janalyq.Tests.Storage;

/// <summary>Storage:Provider=postgresql is checked at start: the connection string must be there and readable, and is never echoed.</summary>
public sealed class PostgreSqlSettingsTests
{
    [Theory]
    [InlineData(null, "Storage: PostgreSql:ConnectionString must be set when Storage:Provider is postgresql")]
    [InlineData("  ", "Storage: PostgreSql:ConnectionString must be set when Storage:Provider is postgresql")]
    [InlineData("Host=db;Pasword=s3cret", "Storage: PostgreSql:ConnectionString is not a valid Npgsql connection string")]
    [InlineData("Database=janalyq;Password=s3cret", "Storage: PostgreSql:ConnectionString is not a valid Npgsql connection string: it names no Host")]
    public void A_missing_or_unreadable_connection_string_is_named(string? connectionString, string message)
    {
        var options = new StorageOptions { Provider = StorageProviders.PostgreSql, PostgreSql = new() { ConnectionString = connectionString } };

        var failure = Assert.Single(SettingsValidation.Failures(options, StorageOptions.Section));

        Assert.StartsWith(message, failure, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_readable_connection_string_passes_and_sqlite_needs_none()
    {
        Assert.Empty(SettingsValidation.Failures(
            new StorageOptions { Provider = StorageProviders.PostgreSql, PostgreSql = new() { ConnectionString = "Host=/run/postgresql;Database=janalyq" } },
            StorageOptions.Section));
        Assert.Empty(SettingsValidation.Failures(new StorageOptions(), StorageOptions.Section));
    }

    [Fact]
    public async Task A_server_that_does_not_answer_is_a_storage_error_naming_the_setting()
    {
        using var folder = new TempFolder();
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = folder.Path,
            ["Storage:Provider"] = "postgresql",
            ["Storage:PostgreSql:ConnectionString"] = $"Host={folder.Path};Port=5999;Username=janalyq;Password=s3cret;Timeout=2",
        }).Build();
        services.AddLogging();
        services.AddStorage(configuration);
        await using var provider = services.BuildServiceProvider();
        var database = provider.GetRequiredService<IDatabase>();

        var error = await Assert.ThrowsAsync<StorageException>(() => database.MigrateAsync(TestContext.Current.CancellationToken));

        Assert.Equal("postgresql", database.Engine);
        Assert.Contains("Storage:PostgreSql:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }
}

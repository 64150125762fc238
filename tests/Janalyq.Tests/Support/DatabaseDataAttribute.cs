using System.Reflection;
using Xunit.Sdk;
using Xunit.v3;

namespace Janalyq.Tests.Support;

/// <summary>
/// One theory row per database engine the tests can reach, as Bitwarden's DatabaseDataAttribute does: the
/// test method takes the engine's name (a <see cref="Janalyq.Storage.StorageProviders"/> value) and starts
/// <see cref="Engine.StartAsync"/> on it, so every repository test runs against every implementation.
/// SQLite is always there; PostgreSQL joins when <see cref="TestDatabases.PostgreSqlVariable"/> names a server.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseDataAttribute : DataAttribute
{
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        new(TestDatabases.Configured().Select(name => (ITheoryDataRow)new TheoryDataRow<string>(name)).ToList());

    public override bool SupportsDiscoveryEnumeration() => true;
}

/// <summary>The database engines configured for this test run.</summary>
public static class TestDatabases
{
    /// <summary>Environment variable holding a PostgreSQL connection string for the tests (set by run-tests).</summary>
    public const string PostgreSqlVariable = "JANALYQ_TEST_POSTGRESQL";

    /// <summary>Set to 1 by run-tests (scripts/test-setup/postgresql.sh): PostgreSQL rows must run, and fail when there is no server.</summary>
    public const string RequireVariable = "JANALYQ_TEST_REQUIRE_POSTGRESQL";

    /// <summary>
    /// Environment variable naming the database of the tests that do not say which (<see cref="Engine.StartAsync"/>
    /// without a row): "sqlite" when unset; "postgresql" runs them on the PostgreSQL server as well, to try the rest of
    /// the suite on it (tests that open the SQLite file themselves stay on SQLite).
    /// </summary>
    public const string DefaultVariable = "JANALYQ_TEST_DATABASE";

    /// <summary>The database of a test that names none.</summary>
    public static string Default => Environment.GetEnvironmentVariable(DefaultVariable) is { Length: > 0 } name ? name : Janalyq.Storage.StorageProviders.Sqlite;

    public static IEnumerable<string> Configured()
    {
        yield return Janalyq.Storage.StorageProviders.Sqlite;
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgreSqlVariable)) || Environment.GetEnvironmentVariable(RequireVariable) == "1")
            yield return Janalyq.Storage.StorageProviders.PostgreSql;
    }

    /// <summary>The test server's connection string; fails the test, naming the variable, when there is none.</summary>
    public static string PostgreSqlServer() =>
        Environment.GetEnvironmentVariable(PostgreSqlVariable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                $"{RequireVariable}=1 but {PostgreSqlVariable} names no PostgreSQL server: run the tests with ./run-tests, which starts one, or set {PostgreSqlVariable}");
}

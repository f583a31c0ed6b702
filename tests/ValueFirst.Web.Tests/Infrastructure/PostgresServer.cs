namespace ValueFirst.Web.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the Postgres tests use, read from <c>VALUEFIRST_TEST_POSTGRES</c> (a connection
/// string of a role that may create databases). CI sets it (.ci/services/postgres.sh); locally the tests
/// are skipped without it, unless <c>VALUEFIRST_REQUIRE_POSTGRES=1</c> or <c>CI=true</c> make them fail.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "VALUEFIRST_TEST_POSTGRES";

    public const string HowToEnable =
        "PostgreSQL tests need " + Variable + ". Run `source .ci/services/postgres.sh` as root (it starts a " +
        "private PostgreSQL on 127.0.0.1:55432 and exports the variable), or set it to a connection string " +
        "of a role with CREATEDB, e.g. Host=127.0.0.1;Port=5432;Database=postgres;Username=me;Password=...";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>In CI a missing server is a failure, never a silent skip.</summary>
    public static bool IsRequired =>
        Environment.GetEnvironmentVariable("VALUEFIRST_REQUIRE_POSTGRES") == "1"
        || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string RequireConnectionString() =>
        ConnectionString ?? throw new InvalidOperationException(
            $"{Variable} is not set, and PostgreSQL tests must run here (VALUEFIRST_REQUIRE_POSTGRES=1 or CI=true). {HowToEnable}");
}

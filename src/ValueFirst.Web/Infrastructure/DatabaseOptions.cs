namespace ValueFirst.Web.Infrastructure;

/// <summary>Which database holds the application data (<c>Database:Provider</c>) and where it is.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const string ConnectionStringName = "ValueFirst";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary><c>ConnectionStrings:ValueFirst</c>; empty means the SQLite file in the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>PostgreSQL has no sensible default location, so it needs a connection string.</summary>
    public bool IsComplete =>
        Provider != DatabaseProvider.Postgres || !string.IsNullOrWhiteSpace(ConnectionString);
}

public enum DatabaseProvider
{
    /// <summary>One file on one machine; Hangfire keeps its jobs in memory.</summary>
    Sqlite,

    /// <summary>One server for several app servers; Hangfire keeps its jobs in the same database.</summary>
    Postgres,
}

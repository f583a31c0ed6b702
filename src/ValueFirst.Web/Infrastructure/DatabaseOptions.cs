namespace ValueFirst.Web.Infrastructure;

/// <summary>Which database holds the application data (<c>Database:Provider</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

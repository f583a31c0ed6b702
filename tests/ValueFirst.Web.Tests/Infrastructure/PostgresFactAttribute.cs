namespace ValueFirst.Web.Tests.Infrastructure;

/// <summary>
/// A test that needs a real PostgreSQL: skipped, with how to enable it, when none is configured,
/// except where it is required (CI), where it runs and fails.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.ConnectionString is null && !PostgresServer.IsRequired)
        {
            Skip = PostgresServer.HowToEnable;
        }
    }
}

namespace ValueFirst.Web.Data;

/// <summary>How many rows one hand-written multi-row statement carries on PostgreSQL: one round trip each.</summary>
/// <remarks>
/// SQLite gets one compiled statement executed per row instead (<see cref="PreparedInsert"/>): Microsoft.Data.Sqlite
/// binds every parameter by name, and SQLite finds a name by scanning the statement's list of names, so binding a
/// many-row statement costs the square of its parameter count (200 rows of 18 values took 39 ms a statement).
/// </remarks>
public static class MultiRowStatements
{
    public const int PostgresRows = 200;
}

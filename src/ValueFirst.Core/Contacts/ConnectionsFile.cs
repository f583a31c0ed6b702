namespace ValueFirst.Core.Contacts;

/// <summary>
/// What was read from a LinkedIn connections export: the readable rows, the rows that were not, and
/// which optional columns the file had (older exports lack URL, Position and Connected On).
/// <see cref="Error"/> is set when the file as a whole cannot be used; then nothing should be imported.
/// </summary>
public sealed record ConnectionsFile(
    IReadOnlyList<LinkedInConnection> Connections,
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyList<string> MissingColumns,
    string? Error = null)
{
    public bool HasUrlColumn => !MissingColumns.Contains(ConnectionsCsvReader.UrlColumn);

    public static ConnectionsFile Failed(string error) => new([], [], [], error);
}

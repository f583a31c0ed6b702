namespace ValueFirst.Core.Contacts;

/// <summary>
/// What was read from one file of an import: the readable rows, the rows that were not (each with its file and
/// line), and which optional columns the file lacked. <see cref="Error"/> is set when the file as a whole cannot be
/// used; then nothing of it should be imported.
/// </summary>
public sealed record ImportFile<T>(
    string Name,
    IReadOnlyList<T> Rows,
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyList<string> MissingColumns,
    string? Error = null)
{
    public static ImportFile<T> Failed(string name, string error) => new(name, [], [], [], error);
}

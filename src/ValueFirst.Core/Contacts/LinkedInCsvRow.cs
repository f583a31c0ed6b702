namespace ValueFirst.Core.Contacts;

/// <summary>One record of a LinkedIn CSV with its columns found by header name.</summary>
public sealed class LinkedInCsvRow
{
    private readonly string[] record;
    private readonly IReadOnlyDictionary<string, int> columns;

    internal LinkedInCsvRow(string file, int line, string[] record, IReadOnlyDictionary<string, int> columns)
    {
        File = file;
        Line = line;
        this.record = record;
        this.columns = columns;
    }

    public string File { get; }

    /// <summary>The 1-based line the record starts on.</summary>
    public int Line { get; }

    /// <summary>The trimmed value of a column; null when the column is missing or the value blank.</summary>
    public string? this[string column] =>
        columns.TryGetValue(column, out var index) && index < record.Length && !string.IsNullOrWhiteSpace(record[index])
            ? record[index].Trim()
            : null;

    /// <summary>The value as written (not trimmed: a message body keeps its line breaks and indentation).</summary>
    public string? Raw(string column) =>
        columns.TryGetValue(column, out var index) && index < record.Length && !string.IsNullOrWhiteSpace(record[index])
            ? record[index]
            : null;

    public ImportProblem Problem(string reason) => new(Line, reason, File);
}

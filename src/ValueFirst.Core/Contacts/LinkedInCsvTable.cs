using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace ValueFirst.Core.Contacts;

/// <summary>
/// Reads one CSV file of LinkedIn's export record by record, finding columns by header name. The header is the first
/// row that holds every required column, whatever comes before it (Connections.csv's "Notes:" preamble); a BOM, CRLF,
/// quoted newlines, extra, reordered and missing optional columns are fine. A record with misplaced quotes or fewer
/// values than the header becomes a problem naming the file and line, and reading goes on with the next one.
/// </summary>
public static class LinkedInCsvTable
{
    /// <summary>Reads <paramref name="text"/>, handing each readable record to <paramref name="readRow"/>.</summary>
    /// <param name="readRow">Returns the row's value, or a problem for a row it cannot use.</param>
    /// <param name="optional">Columns the rows use when present; the result lists the missing ones.</param>
    public static ImportFile<T> Read<T>(
        TextReader text, string file, IReadOnlyList<string> required, IReadOnlyList<string> optional, int maxRows,
        Func<LinkedInCsvRow, (T? Row, ImportProblem? Problem)> readRow)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(optional);
        ArgumentNullException.ThrowIfNull(readRow);
        string? badData = null;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            IgnoreBlankLines = true,
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = args => badData ??= args.RawRecord,
        };

        using var csv = new CsvReader(text, config);
        Dictionary<string, int>? columns = null;
        var headerLength = 0;
        var rows = new List<T>();
        var problems = new List<ImportProblem>();
        try
        {
            while (csv.Read())
            {
                var record = NulCharacters.Strip(csv.Parser.Record ?? []);
                var rawLines = Math.Max(1, CountLines(csv.Parser.RawRecord));
                var line = csv.Parser.RawRow - rawLines + 1;
                if (columns is null)
                {
                    badData = null;
                    columns = TryReadHeader(record, required);
                    headerLength = columns is null ? 0 : columns.Values.Max() + 1;
                    continue;
                }

                if (rows.Count + problems.Count >= maxRows)
                {
                    return ImportFile<T>.Failed(file, $"{file} has more than {maxRows:N0} rows, the most one import takes. Split it and import the parts one after another.");
                }

                if (badData is not null)
                {
                    problems.Add(new ImportProblem(line, $"Misplaced quote marks make the row unreadable: {Shorten(badData)}", file));
                    badData = null;
                    continue;
                }

                if (record.Length < headerLength)
                {
                    problems.Add(new ImportProblem(line, $"The row has {record.Length} values but the header has {headerLength} columns.", file));
                    continue;
                }

                var (row, problem) = readRow(new LinkedInCsvRow(file, line, record, columns));
                if (problem is not null)
                {
                    problems.Add(problem);
                }
                else if (row is not null)
                {
                    rows.Add(row);
                }
            }
        }
        catch (CsvHelperException e)
        {
            // CsvHelper gives up on some damage (e.g. a quote left open until the end of the file): what was read stands.
            problems.Add(new ImportProblem(Math.Max(1, e.Context?.Parser?.RawRow ?? 1), "The rest of the file cannot be read: a quoted value is never closed.", file));
        }

        if (columns is null)
        {
            return ImportFile<T>.Failed(file, $"{file} has no header row with {string.Join(", ", required.Select(c => $"\"{c}\""))}.");
        }

        return new ImportFile<T>(file, rows, problems, optional.Where(c => !columns.ContainsKey(c)).ToList());
    }

    /// <summary>Shortens a value for a problem message: one line, at most 80 characters.</summary>
    public static string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var oneLine = text.ReplaceLineEndings(" ").Trim();
        return oneLine.Length <= 80 ? oneLine : oneLine[..77] + "...";
    }

    private static Dictionary<string, int>? TryReadHeader(string[] record, IReadOnlyList<string> required)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < record.Length; i++)
        {
            columns.TryAdd(record[i].Trim().Trim('\uFEFF').Trim(), i);
        }

        return required.All(columns.ContainsKey) ? columns : null;
    }

    private static int CountLines(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return 1;
        }

        var trimmed = raw.TrimEnd('\r', '\n');
        return trimmed.Count(c => c == '\n') + 1;
    }
}

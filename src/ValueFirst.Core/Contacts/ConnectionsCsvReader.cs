using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace ValueFirst.Core.Contacts;

/// <summary>
/// Reads LinkedIn's <c>Connections.csv</c> — as exported (a <c>Notes:</c> preamble before the header),
/// as a plain CSV with the same header, or inside the export's ZIP — into rows and per-line problems.
/// Tolerates a BOM, CRLF, extra and reordered columns, both date styles (<c>27 Nov 2026</c>, <c>7-Feb-22</c>)
/// and older files without URL, Position or Connected On. Only First Name and Last Name are required.
/// </summary>
public static class ConnectionsCsvReader
{
    public const string FirstNameColumn = "First Name";
    public const string LastNameColumn = "Last Name";
    public const string UrlColumn = "URL";
    public const string EmailColumn = "Email Address";
    public const string CompanyColumn = "Company";
    public const string PositionColumn = "Position";
    public const string ConnectedOnColumn = "Connected On";

    private const string Damaged =
        "The ZIP file is damaged: Connections.csv inside it does not match its own checksum or size. Download the export from LinkedIn again.";

    private static readonly string[] OptionalColumns = [UrlColumn, EmailColumn, CompanyColumn, PositionColumn, ConnectedOnColumn];

    private static readonly string[] DateFormats = ["d MMM yyyy", "dd MMM yyyy", "d-MMM-yy", "dd-MMM-yy", "d-MMM-yyyy", "d MMMM yyyy", "yyyy-MM-dd"];

    /// <summary>
    /// Reads a CSV or a ZIP holding <c>Connections.csv</c> (detected from the first bytes).
    /// Stops with <see cref="ConnectionsFile.Error"/> when there are more than <paramref name="maxRows"/> rows,
    /// or a ZIP entry is larger than <paramref name="maxBytes"/>.
    /// </summary>
    public static ConnectionsFile Read(Stream stream, int maxRows = int.MaxValue, long maxBytes = long.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }

        if (!IsZip(stream))
        {
            return ReadCsv(stream, maxRows);
        }

        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var entry = zip.Entries.FirstOrDefault(e => e.Name.Equals("Connections.csv", StringComparison.OrdinalIgnoreCase));
            if (entry is null)
            {
                return ConnectionsFile.Failed("The ZIP file has no Connections.csv. Upload LinkedIn's data export or the Connections.csv inside it.");
            }

            if (entry.Length > maxBytes)
            {
                return ConnectionsFile.Failed($"Connections.csv in the ZIP is {entry.Length:N0} bytes, more than the {maxBytes:N0} allowed.");
            }

            var csv = new MemoryStream();
            using (var data = entry.Open())
            {
                data.CopyTo(csv);
            }

            if (csv.Length != entry.Length || Crc32.Compute(csv.GetBuffer().AsSpan(0, (int)csv.Length)) != entry.Crc32)
            {
                return ConnectionsFile.Failed(Damaged);
            }

            csv.Position = 0;
            return ReadCsv(csv, maxRows);
        }
        catch (InvalidDataException e)
        {
            return ConnectionsFile.Failed($"{Damaged} ({e.Message})");
        }
    }

    /// <summary>Reads CSV text; the header is the first row with both First Name and Last Name, whatever comes before it.</summary>
    public static ConnectionsFile ReadCsv(Stream stream, int maxRows = int.MaxValue)
    {
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return ReadCsv(text, maxRows);
    }

    public static ConnectionsFile ReadCsv(TextReader text, int maxRows = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? badData = null;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            IgnoreBlankLines = true,
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = args => badData ??= args.RawRecord,
        };

        using var csv = new CsvReader(text, config);
        Dictionary<string, int>? columns = null;
        var connections = new List<LinkedInConnection>();
        var problems = new List<ImportProblem>();
        while (csv.Read())
        {
            // A record starts on the line after the previous one ended, past any blank lines.
            var record = NulCharacters.Strip(csv.Parser.Record ?? []);
            var rawLines = Math.Max(1, CountLines(csv.Parser.RawRecord));
            var line = csv.Parser.RawRow - rawLines + 1;
            if (columns is null)
            {
                badData = null;
                columns = TryReadHeader(record);
                continue;
            }

            if (connections.Count + problems.Count >= maxRows)
            {
                return ConnectionsFile.Failed($"The file has more than {maxRows:N0} rows, the most one import takes. Split it and import the parts one after another.");
            }

            if (badData is not null)
            {
                problems.Add(new ImportProblem(line, $"Misplaced quote marks make the row unreadable: {Shorten(badData)}"));
                badData = null;
                continue;
            }

            var result = ReadRow(record, columns, line);
            if (result.Problem is not null)
            {
                problems.Add(result.Problem);
            }
            else
            {
                connections.Add(result.Connection!);
            }
        }

        if (columns is null)
        {
            return ConnectionsFile.Failed("No header row with \"First Name\" and \"Last Name\" was found. Upload LinkedIn's Connections.csv (or its ZIP).");
        }

        var missing = OptionalColumns.Where(c => !columns.ContainsKey(c)).ToList();
        return new ConnectionsFile(connections, problems, missing);
    }

    private static Dictionary<string, int>? TryReadHeader(string[] record)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < record.Length; i++)
        {
            var name = record[i].Trim().Trim('\uFEFF');
            columns.TryAdd(name, i);
        }

        return columns.ContainsKey(FirstNameColumn) && columns.ContainsKey(LastNameColumn) ? columns : null;
    }

    private static (LinkedInConnection? Connection, ImportProblem? Problem) ReadRow(string[] record, Dictionary<string, int> columns, int line)
    {
        var headerLength = columns.Values.Max() + 1;
        if (record.Length < headerLength)
        {
            return (null, new ImportProblem(line, $"The row has {record.Length} values but the header has {headerLength} columns."));
        }

        string? Field(string column) =>
            columns.TryGetValue(column, out var index) && index < record.Length && !string.IsNullOrWhiteSpace(record[index])
                ? record[index].Trim()
                : null;

        var first = Field(FirstNameColumn) ?? "";
        var last = Field(LastNameColumn) ?? "";
        if (first.Length == 0 && last.Length == 0)
        {
            return (null, new ImportProblem(line, "No first or last name (LinkedIn leaves them empty for members who hide their data)."));
        }

        string? url = null;
        if (Field(UrlColumn) is { } rawUrl)
        {
            url = ProfileUrl.Normalize(rawUrl);
            if (url is null)
            {
                return (null, new ImportProblem(line, $"URL \"{Shorten(rawUrl)}\" is not a web address."));
            }
        }

        DateOnly? connectedOn = null;
        if (Field(ConnectedOnColumn) is { } rawDate)
        {
            if (!DateOnly.TryParseExact(rawDate, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return (null, new ImportProblem(line, $"Connected On \"{Shorten(rawDate)}\" is not a date like 27 Nov 2026."));
            }

            connectedOn = date;
        }

        return (new LinkedInConnection(line, first, last, url, Field(EmailColumn), Field(CompanyColumn), Field(PositionColumn), connectedOn), null);
    }

    private static bool IsZip(Stream stream)
    {
        var start = stream.Position;
        Span<byte> magic = stackalloc byte[4];
        var read = stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        stream.Position = start;
        return read == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
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

    private static string Shorten(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ").Trim();
        return oneLine.Length <= 80 ? oneLine : oneLine[..77] + "...";
    }
}

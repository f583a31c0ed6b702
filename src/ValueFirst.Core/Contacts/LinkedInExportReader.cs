using System.IO.Compression;
using System.Text;
using ValueFirst.Core.Content;

namespace ValueFirst.Core.Contacts;

/// <summary>
/// Reads an upload of LinkedIn's data export: the ZIP as downloaded (the full archive or the quicker
/// "connections, messages, invitations" one; sub-folders and other files are fine), or one of its CSV files alone,
/// recognised by its header. Each file is read by its own reader; a file that cannot be used is reported without
/// stopping the others.
/// </summary>
public static class LinkedInExportReader
{
    public const string ConnectionsFileName = "Connections.csv";

    /// <summary>Lines at the top of a CSV searched for a header (Connections.csv has a three-line preamble).</summary>
    private const int SniffLines = 20;

    public static LinkedInExport Read(Stream stream, ExportLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        limits ??= ExportLimits.None;
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }

        return IsZip(stream) ? ReadZip(stream, limits) : ReadCsv(stream, limits);
    }

    private static LinkedInExport ReadZip(Stream stream, ExportLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            ZipArchiveEntry? Entry(string name) =>
                zip.Entries.FirstOrDefault(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

            var connections = Entry(ConnectionsFileName) is { } c
                ? WithinLimit(c, limits, e => ConnectionsFile.Failed(e)) ?? ReadConnections(c, limits.MaxRows)
                : null;
            var invitations = Entry(InvitationsCsvReader.FileName) is { } i
                ? WithinLimit(i, limits, e => ImportFile<LinkedInInvitation>.Failed(InvitationsCsvReader.FileName, e))
                    ?? InvitationsCsvReader.Read(Text(i.Open()), limits.MaxRows)
                : null;
            var messages = Entry(MessagesCsvReader.FileName) is { } m
                ? WithinLimit(m, limits, e => ImportFile<LinkedInMessage>.Failed(MessagesCsvReader.FileName, e))
                    ?? MessagesCsvReader.Read(Text(m.Open()), limits.MaxMessageRows)
                : null;
            var shares = Entry(SharesCsvReader.FileName) is { } s
                ? WithinLimit(s, limits, e => ImportFile<LinkedInShare>.Failed(SharesCsvReader.FileName, e))
                    ?? SharesCsvReader.Read(Text(s.Open()), limits.MaxRows)
                : null;
            if (connections is null && invitations is null && messages is null && shares is null)
            {
                return LinkedInExport.Failed(
                    "The ZIP file has none of Connections.csv, Invitations.csv, messages.csv or Shares.csv. Upload LinkedIn's data export as downloaded, or one of those files.");
            }

            return new LinkedInExport(connections, invitations, messages, shares);
        }
        catch (InvalidDataException e)
        {
            return LinkedInExport.Failed($"The ZIP file cannot be opened: {e.Message}");
        }
    }

    private static LinkedInExport ReadCsv(Stream stream, ExportLimits limits)
    {
        var start = stream.Position;
        var kind = Sniff(stream);
        stream.Position = start;
        return kind switch
        {
            ExportFile.Messages => new LinkedInExport(null, null, MessagesCsvReader.Read(Text(stream), limits.MaxMessageRows), null),
            ExportFile.Invitations => new LinkedInExport(null, InvitationsCsvReader.Read(Text(stream), limits.MaxRows), null, null),
            ExportFile.Shares => new LinkedInExport(null, null, null, SharesCsvReader.Read(Text(stream), limits.MaxRows)),
            ExportFile.Connections => new LinkedInExport(Stamp(ConnectionsCsvReader.ReadCsv(stream, limits.MaxRows)), null, null, null),
            _ => LinkedInExport.Failed(
                "No header row of LinkedIn's Connections.csv (\"First Name\", \"Last Name\", …), Invitations.csv, messages.csv or Shares.csv was found. " +
                "Upload LinkedIn's data export (the ZIP) or one of those files."),
        };
    }

    private enum ExportFile
    {
        Unknown,
        Connections,
        Invitations,
        Messages,
        Shares,
    }

    // Looks at the first lines' cells for the columns that only that file has.
    private static ExportFile Sniff(Stream stream)
    {
        using var text = Text(stream, leaveOpen: true);
        for (var n = 0; n < SniffLines && text.ReadLine() is { } line; n++)
        {
            var cells = line.Split(',').Select(c => c.Trim().Trim('\uFEFF').Trim('"').Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (cells.Contains(MessagesCsvReader.ConversationIdColumn))
            {
                return ExportFile.Messages;
            }

            if (cells.Contains(InvitationsCsvReader.DirectionColumn) && cells.Contains(InvitationsCsvReader.FromColumn))
            {
                return ExportFile.Invitations;
            }

            if (cells.Contains(SharesCsvReader.ShareLinkColumn))
            {
                return ExportFile.Shares;
            }

            if (cells.Contains(ConnectionsCsvReader.FirstNameColumn) && cells.Contains(ConnectionsCsvReader.LastNameColumn))
            {
                return ExportFile.Connections;
            }
        }

        return ExportFile.Unknown;
    }

    private static T? WithinLimit<T>(ZipArchiveEntry entry, ExportLimits limits, Func<string, T> failed)
        where T : class =>
        entry.Length > limits.MaxEntryBytes
            ? failed($"{entry.Name} in the ZIP is {entry.Length:N0} bytes, more than the {limits.MaxEntryBytes:N0} allowed; it was not imported.")
            : null;

    private static ConnectionsFile ReadConnections(ZipArchiveEntry entry, int maxRows)
    {
        using var csv = entry.Open();
        return Stamp(ConnectionsCsvReader.ReadCsv(csv, maxRows));
    }

    private static ConnectionsFile Stamp(ConnectionsFile file) =>
        file with { Problems = file.Problems.Select(p => p with { File = ConnectionsFileName }).ToList() };

    private static StreamReader Text(Stream stream, bool leaveOpen = false) =>
        new(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: leaveOpen);

    private static bool IsZip(Stream stream)
    {
        var start = stream.Position;
        Span<byte> magic = stackalloc byte[4];
        var read = stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        stream.Position = start;
        return read == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }
}

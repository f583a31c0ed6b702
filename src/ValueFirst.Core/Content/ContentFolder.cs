using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace ValueFirst.Core.Content;

/// <summary>
/// Reads every Markdown draft under a folder (sub-folders included, hidden ones such as <c>.git</c> skipped)
/// and is the one place that turns a relative content path into a file, so no caller can be tricked into
/// reading or writing outside the folder. Shared by the web app and the <c>valuefirst</c> command.
/// </summary>
public static class ContentFolder
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly EnumerationOptions Enumeration = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        IgnoreInaccessible = true,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    /// <summary>Largest draft read by default (1 MB): a long article is about 50 KB, so a bigger file is a mistake.</summary>
    public const long DefaultMaxDraftBytes = 1024 * 1024;

    /// <summary>
    /// Loads and parses every <c>*.md</c> / <c>*.markdown</c> file; a broken file becomes problems, never an exception.
    /// A file larger than <paramref name="maxDraftBytes"/> is a problem and is not read, so a stray log or
    /// dump in the folder cannot stall every reload.
    /// </summary>
    public static ContentSnapshot Load(string root, long maxDraftBytes = DefaultMaxDraftBytes)
    {
        ArgumentNullException.ThrowIfNull(root);
        root = Path.GetFullPath(root);
        if (!Directory.Exists(root))
        {
            return ContentSnapshot.Empty;
        }

        var files = Directory.EnumerateFiles(root, "*.md", Enumeration)
            .Concat(Directory.EnumerateFiles(root, "*.markdown", Enumeration))
            .Select(full => (Full: full, Relative: ToRelative(root, full)))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();

        var items = new List<ContentItem>(files.Count);
        var problems = new List<ContentProblem>();
        foreach (var (full, relative) in files)
        {
            string text;
            DateTime modified;
            try
            {
                // One stat for the size and the time.
                var info = new FileInfo(full);
                if (info.Length > maxDraftBytes)
                {
                    problems.Add(new(relative, 1, TooLarge(info.Length, maxDraftBytes)));
                    continue;
                }

                var bytes = File.ReadAllBytes(full);
                (text, var isUtf8) = Decode(bytes);
                modified = info.LastWriteTimeUtc;
                if (isUtf8 && FirstInvalidUtf8Line(bytes) is { } line)
                {
                    problems.Add(new(relative, line, NotUtf8, ProblemSeverity.Warning));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new(relative, 1, $"could not read the file: {e.Message}"));
                continue;
            }

            var result = DraftParser.Parse(relative, text, modified);
            if (result.Item is not null)
            {
                items.Add(result.Item);
            }

            problems.AddRange(result.Problems);
        }

        return new(items, problems);
    }

    /// <summary>
    /// Resolves a relative path (as found in <see cref="ContentItem.Path"/>) to a Markdown file inside
    /// <paramref name="root"/>; false for anything that leaves the folder, is not Markdown or does not exist.
    /// </summary>
    public static bool TryResolve(string root, string? relativePath, out string fullPath)
    {
        fullPath = "";
        if (string.IsNullOrWhiteSpace(relativePath) || Path.IsPathRooted(relativePath) || relativePath.Contains('\0'))
        {
            return false;
        }

        var rootFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        var candidate = Path.GetFullPath(Path.Combine(rootFull, relativePath.Replace('/', Path.DirectorySeparatorChar)));
        var isMarkdown = candidate.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            || candidate.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
        if (!candidate.StartsWith(rootFull, StringComparison.Ordinal) || !isMarkdown || !File.Exists(candidate))
        {
            return false;
        }

        fullPath = candidate;
        return true;
    }

    /// <summary>Reads a draft's text by relative path, or null when <see cref="TryResolve"/> refuses it or it is over the size limit.</summary>
    public static string? ReadText(string root, string relativePath, long maxDraftBytes = DefaultMaxDraftBytes) =>
        TryResolve(root, relativePath, out var full) && new FileInfo(full).Length <= maxDraftBytes
            ? File.ReadAllText(full, Encoding.UTF8)
            : null;

    /// <summary>
    /// The 1-based line of the first byte sequence that is not UTF-8 (a file saved as Latin-1 or Windows-1252, say),
    /// or null when the whole file is UTF-8. A leading BOM is UTF-8.
    /// </summary>
    public static int? FirstInvalidUtf8Line(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[Math.Min(bytes.Length, 4096)];
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[offset..], chars, out var read, out _, replaceInvalidSequences: false);
            offset += read;
            if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData)
            {
                return bytes[..offset].Count((byte)'\n') + 1;
            }

            if (status == OperationStatus.Done)
            {
                break;
            }
        }

        return null;
    }

    private const string NotUtf8 =
        "the file is not valid UTF-8 (saved in another encoding?): the characters that could not be read show as \uFFFD; save it as UTF-8";

    /// <summary>UTF-8 unless a byte order mark says otherwise (as <see cref="File.ReadAllText(string, Encoding)"/> reads it).</summary>
    private static (string Text, bool IsUtf8) Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Utf8NoBom, detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        return (text, reader.CurrentEncoding is UTF8Encoding);
    }

    private static string TooLarge(long length, long limit) => string.Create(
        CultureInfo.InvariantCulture,
        $"the file is {length:N0} bytes, more than the {limit:N0} a draft may have (ValueFirst:MaxDraftBytes): it was not read; split it or move it out of the content folder");

    /// <summary>
    /// Writes <paramref name="date"/> into the draft's front matter (see <see cref="FrontMatterDateWriter"/>),
    /// keeping its BOM, line endings and every other byte. False when the path is refused.
    /// </summary>
    public static bool WriteDate(string root, string relativePath, DateOnly date)
    {
        if (!TryResolve(root, relativePath, out var full))
        {
            return false;
        }

        var bytes = File.ReadAllBytes(full);
        var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var text = Utf8NoBom.GetString(bytes, hasBom ? 3 : 0, bytes.Length - (hasBom ? 3 : 0));
        var updated = FrontMatterDateWriter.SetDate(text, date);
        var output = new List<byte>(bytes.Length + 20);
        if (hasBom)
        {
            output.AddRange([0xEF, 0xBB, 0xBF]);
        }

        output.AddRange(Utf8NoBom.GetBytes(updated));
        File.WriteAllBytes(full, [.. output]);
        return true;
    }

    private static string ToRelative(string root, string full) =>
        Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/');
}

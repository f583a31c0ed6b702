using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace ValueFirst.Core.Content;

/// <summary>
/// One writer's drafts folder: reads every Markdown draft under it (sub-folders included; hidden folders such as
/// <c>.git</c>, links and the <see cref="ReservedFolders"/> skipped), and is the one place that turns a relative
/// content path into a file, so no caller can be tricked into reading or writing outside the folder. It is also
/// the only Core type that touches the file system; the web app and the <c>valuefirst</c> command share it.
/// </summary>
public sealed partial class ContentFolder
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        // A link (symbolic link, junction) could point anywhere on the disk: it is neither read nor followed.
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        IgnoreInaccessible = true,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    private static readonly EnumerationOptions TopLevel = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        IgnoreInaccessible = true,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    /// <summary>Largest draft read by default (1 MB): a long article is about 50 KB, so a bigger file is a mistake.</summary>
    public const long DefaultMaxDraftBytes = 1024 * 1024;

    /// <param name="root">The folder; relative paths are taken from the working directory.</param>
    /// <param name="reservedFolders">
    /// Top-level sub-folders that belong to someone else (the other users' folders under a shared root): never
    /// loaded, resolved, read or written through this folder. Compared without regard to case.
    /// </param>
    /// <param name="maxDraftBytes">Largest file read or written.</param>
    public ContentFolder(string root, IReadOnlyCollection<string>? reservedFolders = null, long maxDraftBytes = DefaultMaxDraftBytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDraftBytes, 1);
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        ReservedFolders = reservedFolders ?? [];
        MaxDraftBytes = maxDraftBytes;
    }

    /// <summary>Absolute path of the folder, without a trailing separator.</summary>
    public string Root { get; }

    /// <summary>Top-level sub-folders left out of this folder (see the constructor).</summary>
    public IReadOnlyCollection<string> ReservedFolders { get; }

    public long MaxDraftBytes { get; }

    /// <summary>Whether the folder exists on disk.</summary>
    public bool Exists => Directory.Exists(Root);

    /// <summary>Loads every draft of the folder at <paramref name="root"/> (nothing reserved): what <c>lint</c> and <c>plan</c> read.</summary>
    public static ContentSnapshot Load(string root, long maxDraftBytes = DefaultMaxDraftBytes) =>
        new ContentFolder(root, maxDraftBytes: maxDraftBytes).Load();

    /// <summary>Creates the folder (and its parents) when it does not exist yet.</summary>
    public void EnsureCreated() => Directory.CreateDirectory(Root);

    /// <summary>
    /// Loads and parses every <c>*.md</c> / <c>*.markdown</c> file; a broken file becomes problems, never an exception.
    /// A file larger than <see cref="MaxDraftBytes"/> is a problem and is not read, so a stray log or
    /// dump in the folder cannot stall every reload.
    /// </summary>
    public ContentSnapshot Load()
    {
        if (!Directory.Exists(Root))
        {
            return ContentSnapshot.Empty;
        }

        var files = DraftFiles()
            .Select(full => (Full: full, Relative: ToRelative(full)))
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
                if (info.Length > MaxDraftBytes)
                {
                    problems.Add(new(relative, 1, TooLarge(info.Length)));
                    continue;
                }

                var bytes = File.ReadAllBytes(full);
                (text, var isUtf8) = DecodeForReading(bytes);
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

    /// <summary>Reads a draft's text by relative path, or null when <see cref="TryResolve"/> refuses it or it is over the size limit.</summary>
    public string? ReadText(string relativePath) =>
        TryResolve(relativePath, out var full) && new FileInfo(full).Length <= MaxDraftBytes
            ? File.ReadAllText(full, Encoding.UTF8)
            : null;

    // The root's own files, then each top-level folder that is not reserved, hidden or a link, recursively.
    private IEnumerable<string> DraftFiles()
    {
        string[] patterns = ["*.md", "*.markdown"];
        foreach (var pattern in patterns)
        {
            foreach (var file in Directory.EnumerateFiles(Root, pattern, TopLevel))
            {
                yield return file;
            }
        }

        foreach (var folder in Directory.EnumerateDirectories(Root, "*", TopLevel))
        {
            if (IsReserved(Path.GetFileName(folder)))
            {
                continue;
            }

            foreach (var pattern in patterns)
            {
                foreach (var file in Directory.EnumerateFiles(folder, pattern, Recursive))
                {
                    yield return file;
                }
            }
        }
    }

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
    private static (string Text, bool IsUtf8) DecodeForReading(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Utf8NoBom, detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        return (text, reader.CurrentEncoding is UTF8Encoding);
    }

    private bool IsReserved(string topLevelName) =>
        ReservedFolders.Contains(topLevelName, StringComparer.OrdinalIgnoreCase);

    private string TooLarge(long length) => string.Create(
        CultureInfo.InvariantCulture,
        $"the file is {length:N0} bytes, more than the {MaxDraftBytes:N0} a draft may have (ValueFirst:MaxDraftBytes): it was not read; split it or move it out of the content folder");

    private string ToRelative(string full) =>
        Path.GetRelativePath(Root, full).Replace(Path.DirectorySeparatorChar, '/');
}

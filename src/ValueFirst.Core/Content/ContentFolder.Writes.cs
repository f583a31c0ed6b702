using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ValueFirst.Core.Content;

public sealed partial class ContentFolder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Reads a draft for editing. Null with <paramref name="problem"/> set when the path is refused, the file is
    /// missing, over <see cref="MaxDraftBytes"/> or not UTF-8 (saving it would change bytes nobody edited).
    /// </summary>
    public DraftFile? Open(string? relativePath, out string? problem)
    {
        if (!TryResolve(relativePath, out var full))
        {
            problem = "there is no draft at that path";
            return null;
        }

        var bytes = ReadBytes(full, out problem);
        if (bytes is null)
        {
            return null;
        }

        var draft = Decode(bytes);
        if (draft is null)
        {
            problem = "the file is not UTF-8 text: edit it with a text editor that keeps its encoding";
        }

        return draft;
    }

    /// <summary>
    /// Replaces a draft's text if the file is still the version it was read at: written to a temporary file beside
    /// it, flushed, then renamed over it, so a reader (or a crash) sees the old file or the new one, never half of
    /// either. <see cref="DraftWriteStatus.Changed"/> when the file changed since <paramref name="expectedVersion"/>.
    /// </summary>
    public DraftWriteResult Save(string relativePath, string text, bool withBom, string expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryResolve(relativePath, out var full))
        {
            return DraftWriteResult.NotFound;
        }

        var bytes = Encode(text, withBom);
        if (bytes.Length > MaxDraftBytes)
        {
            return DraftWriteResult.Refused(TooLargeToWrite(bytes.Length));
        }

        var current = ReadBytes(full, out var problem);
        if (current is null)
        {
            return DraftWriteResult.Refused(problem!);
        }

        if (!string.Equals(VersionOf(current), expectedVersion, StringComparison.Ordinal))
        {
            var now = Decode(current);
            return now is null
                ? DraftWriteResult.Refused("the file changed on disk and is no longer UTF-8 text")
                : new DraftWriteResult(DraftWriteStatus.Changed, Current: now);
        }

        ReplaceAtomically(full, bytes, overwrite: true);
        return new DraftWriteResult(DraftWriteStatus.Written, VersionOf(bytes));
    }

    /// <summary>
    /// Rewrites a draft by applying <paramref name="edit"/> to its current text (BOM kept), atomically as
    /// <see cref="Save"/> does. For edits that change a few front matter keys of whatever is on disk now.
    /// An <see cref="InvalidOperationException"/> from the edit refuses the write with its message.
    /// </summary>
    public DraftWriteResult Update(string relativePath, Func<string, string> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var draft = Open(relativePath, out var problem);
        if (draft is null)
        {
            return TryResolve(relativePath, out _) ? DraftWriteResult.Refused(problem!) : DraftWriteResult.NotFound;
        }

        string updated;
        try
        {
            updated = edit(draft.Text);
        }
        catch (InvalidOperationException e)
        {
            return DraftWriteResult.Refused(e.Message);
        }

        return Save(relativePath, updated, draft.HasBom, draft.Version);
    }

    /// <summary>
    /// Creates a new draft at <paramref name="relativePath"/> (folders included); never replaces a file:
    /// <see cref="DraftWriteStatus.Exists"/> when one is already there, even one created a moment ago.
    /// </summary>
    public DraftWriteResult Create(string relativePath, string text, bool withBom = false) =>
        CreateBytes(relativePath, Encode(text, withBom));

    /// <summary>
    /// Copies every draft under <paramref name="sourceFolder"/> into this folder at the same relative path, byte for
    /// byte; a draft already there is kept. Returns how many were copied.
    /// </summary>
    public int CopyDraftsFrom(string sourceFolder)
    {
        var source = new ContentFolder(sourceFolder, maxDraftBytes: MaxDraftBytes);
        if (!source.Exists)
        {
            return 0;
        }

        var copied = 0;
        foreach (var file in source.DraftFiles().OrderBy(f => f, StringComparer.Ordinal))
        {
            var info = new FileInfo(file);
            if (info.Length <= MaxDraftBytes && CreateBytes(source.ToRelative(file), File.ReadAllBytes(file)).Status == DraftWriteStatus.Written)
            {
                copied++;
            }
        }

        return copied;
    }

    /// <summary>The version of a file's bytes: a SHA-256 hash, so any change to any byte gives another version.</summary>
    public static string VersionOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private DraftWriteResult CreateBytes(string relativePath, byte[] bytes)
    {
        if (!TryResolveNew(relativePath, out var full))
        {
            return DraftWriteResult.Refused("that is not a path a draft may have: letters, digits and - in folder and file names, ending in .md");
        }

        if (bytes.Length > MaxDraftBytes)
        {
            return DraftWriteResult.Refused(TooLargeToWrite(bytes.Length));
        }

        if (File.Exists(full))
        {
            return DraftWriteResult.Exists;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // The folders just created are real ones; check again that nothing on the way became a link meanwhile.
        if (!TryResolveNew(relativePath, out _))
        {
            return DraftWriteResult.Refused("the folder changed while the draft was being created");
        }

        try
        {
            ReplaceAtomically(full, bytes, overwrite: false);
        }
        catch (IOException) when (File.Exists(full) || new FileInfo(full).LinkTarget is not null)
        {
            return DraftWriteResult.Exists;
        }

        return new DraftWriteResult(DraftWriteStatus.Written, VersionOf(bytes));
    }

    // The new bytes go to a hidden temporary file in the same folder (so the rename stays on one file system),
    // flushed to disk, then renamed over the draft: rename replaces a file in one step.
    private static void ReplaceAtomically(string full, byte[] bytes, bool overwrite)
    {
        var folder = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (overwrite && !OperatingSystem.IsWindows() && File.Exists(full))
            {
                // Keep the draft's permissions (a group-writable checkout stays group-writable).
                File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
            }

            File.Move(temp, full, overwrite);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private byte[]? ReadBytes(string full, out string? problem)
    {
        try
        {
            var info = new FileInfo(full);
            if (info.Length > MaxDraftBytes)
            {
                problem = TooLarge(info.Length);
                return null;
            }

            problem = null;
            return File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"could not read the file: {e.Message}";
            return null;
        }
    }

    private static DraftFile? Decode(byte[] bytes)
    {
        var hasBom = bytes.AsSpan().StartsWith(Bom);
        try
        {
            var text = StrictUtf8.GetString(bytes, hasBom ? 3 : 0, bytes.Length - (hasBom ? 3 : 0));
            return new DraftFile(text, hasBom, VersionOf(bytes));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static byte[] Encode(string text, bool withBom)
    {
        var body = Utf8NoBom.GetBytes(text);
        return withBom ? [.. Bom, .. body] : body;
    }

    private string TooLargeToWrite(long length) => string.Create(
        CultureInfo.InvariantCulture,
        $"the draft would be {length:N0} bytes, more than the {MaxDraftBytes:N0} a draft may have (ValueFirst:MaxDraftBytes)");
}

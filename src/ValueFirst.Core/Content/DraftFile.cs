namespace ValueFirst.Core.Content;

/// <summary>
/// A draft as read for editing: its text (without the byte order mark), whether the file began with one, and a
/// version that changes with any byte of the file, so a save can tell whether the file changed since it was read.
/// </summary>
public sealed record DraftFile(string Text, bool HasBom, string Version);

namespace ValueFirst.Core.Contacts;

/// <summary>
/// A row that could not be imported: its line in the file (1-based, preamble included), why, in plain words, and
/// which file of the export it is in (the export reader names it even when the upload was that file alone; null only
/// from a reader used on its own).
/// </summary>
public sealed record ImportProblem(int LineNumber, string Reason, string? File = null)
{
    /// <summary>"Line 12" or "Invitations.csv line 12", as the import result lists it.</summary>
    public string Where => File is null ? $"Line {LineNumber}" : $"{File} line {LineNumber}";
}

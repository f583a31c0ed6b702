using ValueFirst.Core.Content;

namespace ValueFirst.Core.Contacts;

/// <summary>
/// What was read from an upload of LinkedIn's data export (the ZIP or one of its CSV files): each file it held, or
/// null for a file it did not hold. Files the import does not use (Profile.csv, …) are ignored. <see cref="Error"/>
/// means the upload as a whole is unusable; a file's own <c>Error</c> means only that file is.
/// </summary>
public sealed record LinkedInExport(
    ConnectionsFile? Connections,
    ImportFile<LinkedInInvitation>? Invitations,
    ImportFile<LinkedInMessage>? Messages,
    ImportFile<LinkedInShare>? Shares,
    string? Error = null)
{
    public static LinkedInExport Failed(string error) => new(null, null, null, null, error);

    /// <summary>The files read, as named in the export.</summary>
    public IReadOnlyList<string> FileNames => new[]
    {
        Connections is null ? null : LinkedInExportReader.ConnectionsFileName,
        Invitations?.Name,
        Messages?.Name,
        Shares?.Name,
    }.OfType<string>().ToList();

    /// <summary>Every file's own error (a file too large, without a header), each naming its file.</summary>
    public IReadOnlyList<string> FileErrors => new[]
    {
        Connections?.Error is { } c ? $"{LinkedInExportReader.ConnectionsFileName}: {c}" : null,
        Invitations?.Error, Messages?.Error, Shares?.Error,
    }.OfType<string>().ToList();
}

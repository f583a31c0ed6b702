using ValueFirst.Core.Content;

namespace ValueFirst.Web.Features.Content;

/// <summary>
/// Opens, saves and creates one owner's drafts, always inside that owner's folder (<see cref="ContentLibrary"/>):
/// a path that is not theirs answers exactly like one that does not exist. Saves are atomic and never lose an edit:
/// a file that changed on disk since it was opened is not overwritten; the caller gets both versions to choose from.
/// </summary>
public sealed class DraftStore(ContentLibrary library, ILogger<DraftStore> logger)
{
    /// <summary>Where the repository's sample drafts are, beside the app.</summary>
    public static string SampleDraftsFolder => Path.Combine(AppContext.BaseDirectory, "SampleDrafts");

    public async Task<DraftOpenResult> OpenAsync(string ownerId, string? path, CancellationToken ct = default)
    {
        var folder = (await library.FolderAsync(ownerId, ct)).Folder;
        if (!folder.TryResolve(path, out _))
        {
            return DraftOpenResult.NotFound;
        }

        var file = folder.Open(path, out var problem);
        if (file is null)
        {
            return new DraftOpenResult(null, $"This draft cannot be edited here: {problem}.");
        }

        var parsed = DraftParser.Parse(path!, file.Text);
        if (parsed.Item is null)
        {
            var first = parsed.Problems.First(p => p.Severity == ProblemSeverity.Error);
            return new DraftOpenResult(null, $"Line {first.Line}: {first.Message}. Fix the front matter in the file, then edit it here.");
        }

        return new DraftOpenResult(DraftOpened.Of(file), null);
    }

    /// <summary>
    /// Saves the form over the draft as it was when <paramref name="opened"/> was read. When the file changed since,
    /// nothing is written and the result holds what is on disk and what would have been written; saving again with
    /// the file on disk as <paramref name="opened"/> keeps the form's version (unknown keys added meanwhile stay).
    /// </summary>
    public async Task<DraftSaveResult> SaveAsync(string ownerId, string path, DraftFile opened, DraftFields fields, string body, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(opened);
        string text;
        try
        {
            text = DraftDocument.Compose(opened.Text, fields, body);
        }
        catch (InvalidOperationException e)
        {
            return DraftSaveResult.Refused(e.Message);
        }

        var result = await library.WriteAsync(ownerId, folder => folder.Save(path, text, opened.HasBom, opened.Version), ct);
        switch (result.Status)
        {
            case DraftWriteStatus.Written:
                logger.LogInformation("User {UserId} saved {Path}", ownerId, path);
                return new DraftSaveResult(DraftSaveStatus.Saved, path, new DraftFile(text, opened.HasBom, result.Version!));
            case DraftWriteStatus.Changed:
                return new DraftSaveResult(DraftSaveStatus.Conflict, path, OnDisk: result.Current, Mine: text);
            case DraftWriteStatus.Refused:
                return DraftSaveResult.Refused(result.Message!);
            default:
                return DraftSaveResult.NotFound;
        }
    }

    /// <summary>Creates a new draft named after its title (<see cref="DraftPaths"/>); a taken name gets a number.</summary>
    public async Task<DraftSaveResult> CreateAsync(string ownerId, DraftFields fields, string body, CancellationToken ct = default)
    {
        string text;
        try
        {
            text = DraftDocument.Create(fields, body);
        }
        catch (InvalidOperationException e)
        {
            return DraftSaveResult.Refused(e.Message);
        }

        return await library.WriteAsync(ownerId, folder =>
        {
            for (var attempt = 1; attempt <= 100; attempt++)
            {
                var path = DraftPaths.For(fields, attempt);
                var written = folder.Create(path, text);
                switch (written.Status)
                {
                    case DraftWriteStatus.Written:
                        logger.LogInformation("User {UserId} created {Path}", ownerId, path);
                        return new DraftSaveResult(DraftSaveStatus.Saved, path, new DraftFile(text, false, written.Version!));
                    case DraftWriteStatus.Refused:
                        return DraftSaveResult.Refused(written.Message!);
                }
            }

            return DraftSaveResult.Refused("There are already 100 drafts with this title: give this one another title.");
        }, ct);
    }

    /// <summary>Writes an accepted or chosen publish date into one of the owner's loaded drafts; false for any other path.</summary>
    public async Task<bool> AcceptDateAsync(string ownerId, string path, DateOnly date, CancellationToken ct = default) =>
        await UpdateLoadedAsync(ownerId, path, [FrontMatterChange.SetDate("date", date)], ct) is { Status: DraftSaveStatus.Saved };

    /// <summary>
    /// Marks one of the owner's drafts published in one write: status <c>published</c>, the publication date and,
    /// when given, its public URL (an http or https address).
    /// </summary>
    public async Task<DraftSaveResult> MarkPublishedAsync(string ownerId, string path, DateOnly date, string? publicUrl, CancellationToken ct = default)
    {
        var url = string.IsNullOrWhiteSpace(publicUrl) ? null : publicUrl.Trim();
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"))
        {
            return DraftSaveResult.Refused("The public URL must be a web address starting with https:// (or http://).");
        }

        List<FrontMatterChange> changes = [FrontMatterChange.SetName("status", ContentNames.Of(ContentStatus.Published)), FrontMatterChange.SetDate("date", date)];
        if (url is not null)
        {
            changes.Add(FrontMatterChange.Set("url", url));
        }

        return await UpdateLoadedAsync(ownerId, path, changes, ct);
    }

    /// <summary>Copies the repository's sample drafts into the owner's folder (none already there is replaced); returns how many.</summary>
    public async Task<int> AddSampleDraftsAsync(string ownerId, CancellationToken ct = default)
    {
        var copied = await library.WriteAsync(ownerId, folder => folder.CopyDraftsFrom(SampleDraftsFolder), ct);
        logger.LogInformation("User {UserId} added {Count} sample drafts", ownerId, copied);
        return copied;
    }

    // Only paths of drafts the owner's calendar shows are accepted, so a tampered path cannot reach another file.
    private async Task<DraftSaveResult> UpdateLoadedAsync(string ownerId, string path, IReadOnlyList<FrontMatterChange> changes, CancellationToken ct)
    {
        if ((await library.SnapshotAsync(ownerId, ct)).Find(path) is null)
        {
            return DraftSaveResult.NotFound;
        }

        var result = await library.WriteAsync(ownerId, folder => folder.Update(path, text => FrontMatterWriter.Apply(text, changes)), ct);
        return result.Status switch
        {
            DraftWriteStatus.Written => new DraftSaveResult(DraftSaveStatus.Saved, path),
            // Changed between the read and the write (another save at that instant): the caller may simply try again.
            DraftWriteStatus.Changed => DraftSaveResult.Refused("The file changed on disk just now: try again."),
            DraftWriteStatus.Refused => DraftSaveResult.Refused(result.Message!),
            _ => DraftSaveResult.NotFound,
        };
    }
}

using ValueFirst.Core.Contacts;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Content;

namespace ValueFirst.Web.Features.Imports;

/// <summary>
/// What one upload did: the contact book's part (added, updated, unchanged, skipped lines, the recorded import with its change
/// report) and the posts added to the content history. <see cref="Error"/> means nothing was imported.
/// </summary>
public sealed record ExportImportResult(ContactImportResult Contacts, PostImportResult? Posts, IReadOnlyList<ImportProblem> PostProblems)
{
    public int Added => Contacts.Added;

    public int Updated => Contacts.Updated;

    public int Unchanged => Contacts.Unchanged;

    /// <summary>Every line not imported, from every file, by file and line.</summary>
    public IReadOnlyList<ImportProblem> Skipped { get; } =
        Contacts.Skipped.Concat(PostProblems).OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.LineNumber).ToList();

    public IReadOnlyList<string> Notes => Contacts.Notes;

    public string? Error => Contacts.Error;

    public bool Succeeded => Error is null;

    public ImportSummary? Import => Contacts.Import;

    public string Summary
    {
        get
        {
            if (Error is not null)
            {
                return Error;
            }

            var parts = new List<string> { $"{Added:N0} added, {Updated:N0} updated, {Unchanged:N0} unchanged, {Skipped.Count:N0} skipped." };
            if (Import is { } import && import.IncomingInvitations + import.OutgoingInvitations > 0)
            {
                parts.Add($"{import.IncomingInvitations:N0} invitations to you, {import.OutgoingInvitations:N0} from you.");
            }

            if (Import is { Messages: > 0 } withMessages)
            {
                parts.Add($"{withMessages.Messages:N0} messages.");
            }

            if (Posts is { } posts)
            {
                parts.Add($"{posts.Added:N0} posts added to your content history{(posts.Updated > 0 ? $" ({posts.Updated:N0} already there)" : "")}.");
            }

            return string.Join(" ", parts);
        }
    }

    public static ExportImportResult Failed(string error) => new(ContactImportResult.Failed(error), null, []);
}

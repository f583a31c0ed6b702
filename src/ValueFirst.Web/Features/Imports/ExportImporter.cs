using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ValueFirst.Core.Contacts;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Content;
using ValueFirst.Web.Infrastructure;

namespace ValueFirst.Web.Features.Imports;

/// <summary>
/// One upload, all or nothing: LinkedIn's export ZIP, one of its CSV files, or a .vcf file. Reads it (each file by its
/// header names), then hands each part to the feature that owns it in one transaction: connections, invitations and
/// messages to the contact book, the user's own posts to the content history.
/// </summary>
public sealed class ExportImporter(
    IDbContextFactory<ApplicationDbContext> dbFactory,
    ContactImportService contacts,
    PublishedPosts posts,
    IOptions<ContactsOptions> options,
    ILogger<ExportImporter> logger)
{
    public async Task<ExportImportResult> ImportAsync(string ownerId, Stream upload, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        ArgumentNullException.ThrowIfNull(upload);
        var limits = options.Value;

        // Browser uploads are async-only streams; the readers read synchronously, so buffer first (size is capped).
        using var buffer = new MemoryStream();
        if (await CopyAtMostAsync(upload, buffer, limits.MaxUploadBytes, cancellationToken))
        {
            return ExportImportResult.Failed($"The file is larger than {ByteSize.Format(limits.MaxUploadBytes)}, the most one upload takes; nothing was imported. Split the CSV and import the parts one after another.");
        }

        buffer.Position = 0;
        if (VCardReader.LooksLikeVCard(buffer))
        {
            var cards = await Task.Run(() => VCardReader.Read(new StreamReader(buffer, leaveOpen: true), limits.MaxImportRows), cancellationToken);
            return cards.Error is not null
                ? ExportImportResult.Failed(cards.Error)
                : await WriteAsync((db, ct) => contacts.WriteCardsAsync(db, ownerId, cards, progress, ct), null, cancellationToken);
        }

        var export = await Task.Run(() => LinkedInExportReader.Read(buffer, limits.ToLimits()), cancellationToken);
        if (export.Error is not null)
        {
            return ExportImportResult.Failed(export.Error);
        }

        if (export.FileErrors.Count == export.FileNames.Count)
        {
            return ExportImportResult.Failed(string.Join(" ", export.FileErrors) + " Nothing was imported.");
        }

        var shares = export.Shares is { Error: null } s ? s : null;
        return await WriteAsync(
            async (db, ct) =>
            {
                var postResult = shares is null ? null : await posts.ImportAsync(db, ownerId, shares.Rows, ct);
                var contactResult = await contacts.WriteAsync(db, ownerId, export, postResult?.Added ?? 0, progress, ct);
                return (contactResult, postResult);
            },
            shares?.Problems ?? [],
            cancellationToken);
    }

    private Task<ExportImportResult> WriteAsync(
        Func<ApplicationDbContext, CancellationToken, Task<ContactImportResult>> write, IReadOnlyList<ImportProblem>? postProblems, CancellationToken cancellationToken) =>
        WriteAsync(async (db, ct) => (await write(db, ct), (PostImportResult?)null), postProblems ?? [], cancellationToken);

    private async Task<ExportImportResult> WriteAsync(
        Func<ApplicationDbContext, CancellationToken, Task<(ContactImportResult, PostImportResult?)>> write, IReadOnlyList<ImportProblem> postProblems,
        CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await using var cache = await LargeWriteCache.WidenAsync(db.Database, cancellationToken);
            var (contactResult, postResult) = await write(db, cancellationToken);
            var changed = await BulkLoadStatistics.TablesChangedAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await BulkLoadStatistics.RefreshAsync(db, changed, logger);
            return new ExportImportResult(contactResult, postResult, postProblems);
        }
        catch (Exception e) when (e is OperationCanceledException or DbUpdateException or DbException || DatabaseBusy.IsBusy(e))
        {
            // One transaction: whatever batches were written before the failure are rolled back with it.
            logger.LogWarning(e, "Import failed and was rolled back");
            return ExportImportResult.Failed(e switch
            {
                OperationCanceledException => "The import was stopped; nothing was imported.",
                _ when DatabaseBusy.IsBusy(e) => $"{DatabaseBusy.Message} Nothing was imported.",
                _ => "The import could not be saved; nothing was imported. Try again, and if it fails again, report it.",
            });
        }
    }

    private static async Task<bool> CopyAtMostAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            total += read;
            if (total > limit)
            {
                return true;
            }

            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }

        return false;
    }
}

using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>When two contacts are merged, the merged-away contact's interactions move to the survivor through the ledger's own writer.</summary>
public sealed class LedgerMergeListener(InteractionRecorder recorder) : IContactMergeListener
{
    public async Task ContactMergedAsync(ApplicationDbContext db, string ownerId, int mergedId, int survivorId, CancellationToken ct) =>
        _ = await recorder.MoveContactAsync(db, ownerId, mergedId, survivorId, ct);
}

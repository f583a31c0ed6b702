using ValueFirst.Core.Content;

namespace ValueFirst.Web.Features.Content;

public enum DraftSaveStatus
{
    /// <summary>Written; <see cref="DraftSaveResult.Saved"/> is the file as it is now.</summary>
    Saved,

    /// <summary>The file changed on disk since it was opened: nothing was written; both versions are in the result.</summary>
    Conflict,

    /// <summary>No such draft of the owner's.</summary>
    NotFound,

    /// <summary>Not written; <see cref="DraftSaveResult.Message"/> says why.</summary>
    Refused,
}

/// <param name="Path">The draft's path (for a new draft, where it was created).</param>
/// <param name="Saved">The file after the save.</param>
/// <param name="OnDisk">On a conflict, the file as it is on disk now.</param>
/// <param name="Mine">On a conflict, the text the save would have written.</param>
public sealed record DraftSaveResult(DraftSaveStatus Status, string? Path = null, DraftFile? Saved = null, DraftFile? OnDisk = null, string? Mine = null, string? Message = null)
{
    public static DraftSaveResult NotFound { get; } = new(DraftSaveStatus.NotFound, Message: "There is no such draft.");

    public static DraftSaveResult Refused(string message) => new(DraftSaveStatus.Refused, Message: message);
}

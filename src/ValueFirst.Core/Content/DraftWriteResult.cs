namespace ValueFirst.Core.Content;

/// <summary>What became of a write into the drafts folder.</summary>
public enum DraftWriteStatus
{
    /// <summary>The file now holds the new text.</summary>
    Written,

    /// <summary>The file changed on disk since it was read: nothing was written; <see cref="DraftWriteResult.Current"/> is what is there now.</summary>
    Changed,

    /// <summary>No draft at that path (or the path is refused).</summary>
    NotFound,

    /// <summary>A new draft was asked for, but a file is already at that path: nothing was written.</summary>
    Exists,

    /// <summary>The write is not allowed; <see cref="DraftWriteResult.Message"/> says why.</summary>
    Refused,
}

/// <param name="Version">The file's new version when <see cref="DraftWriteStatus.Written"/>.</param>
/// <param name="Current">The file as it is on disk when <see cref="DraftWriteStatus.Changed"/>.</param>
/// <param name="Message">Why, when <see cref="DraftWriteStatus.Refused"/>.</param>
public sealed record DraftWriteResult(DraftWriteStatus Status, string? Version = null, DraftFile? Current = null, string? Message = null)
{
    public static DraftWriteResult NotFound { get; } = new(DraftWriteStatus.NotFound);

    public static DraftWriteResult Exists { get; } = new(DraftWriteStatus.Exists);

    public static DraftWriteResult Refused(string message) => new(DraftWriteStatus.Refused, Message: message);
}

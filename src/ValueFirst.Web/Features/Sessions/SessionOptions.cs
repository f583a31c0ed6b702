using System.ComponentModel.DataAnnotations;
using ValueFirst.Core.Sessions;

namespace ValueFirst.Web.Features.Sessions;

/// <summary>The <c>Sessions</c> section: minutes per checklist item type, used to time-box the weekly hour, and each section's cap.</summary>
public sealed class SessionOptions
{
    public const string Section = "Sessions";

    [Range(1, 120, ErrorMessage = "Sessions:GiveMinutes must be between 1 and 120.")]
    public int GiveMinutes { get; set; } = SessionEstimates.Default.GiveMinutes;

    [Range(1, 120, ErrorMessage = "Sessions:VetMinutes must be between 1 and 120.")]
    public int VetMinutes { get; set; } = SessionEstimates.Default.VetMinutes;

    [Range(1, 120, ErrorMessage = "Sessions:ReachOutMinutes must be between 1 and 120.")]
    public int ReachOutMinutes { get; set; } = SessionEstimates.Default.ReachOutMinutes;

    [Range(1, 120, ErrorMessage = "Sessions:FollowUpMinutes must be between 1 and 120.")]
    public int FollowUpMinutes { get; set; } = SessionEstimates.Default.FollowUpMinutes;

    [Range(1, 120, ErrorMessage = "Sessions:AskMinutes must be between 1 and 120.")]
    public int AskMinutes { get; set; } = SessionEstimates.Default.AskMinutes;

    [Range(1, 240, ErrorMessage = "Sessions:PublishMinutes must be between 1 and 240.")]
    public int PublishMinutes { get; set; } = SessionEstimates.Default.PublishMinutes;

    [Range(1, 120, ErrorMessage = "Sessions:EngageMinutes must be between 1 and 120.")]
    public int EngageMinutes { get; set; } = SessionEstimates.Default.EngageMinutes;

    [Range(1, 240, ErrorMessage = "Sessions:ReviewMinutes must be between 1 and 240.")]
    public int ReviewMinutes { get; set; } = SessionEstimates.Default.ReviewMinutes;

    [Range(0, 50, ErrorMessage = "Sessions:MaxVet must be between 0 and 50.")]
    public int MaxVet { get; set; } = SessionCaps.Default.Vet;

    [Range(0, 50, ErrorMessage = "Sessions:MaxGives must be between 0 and 50.")]
    public int MaxGives { get; set; } = SessionCaps.Default.Give;

    [Range(0, 50, ErrorMessage = "Sessions:MaxFollowUps must be between 0 and 50.")]
    public int MaxFollowUps { get; set; } = SessionCaps.Default.FollowUp;

    [Range(0, 50, ErrorMessage = "Sessions:MaxReachOuts must be between 0 and 50.")]
    public int MaxReachOuts { get; set; } = SessionCaps.Default.ReachOut;

    [Range(0, 2, ErrorMessage = "Sessions:MaxAsks must be between 0 and 2 (the seeds' limit: at most two asks a week).")]
    public int MaxAsks { get; set; } = SessionCaps.Default.Asks;

    [Range(0, 20, ErrorMessage = "Sessions:MaxPublish must be between 0 and 20.")]
    public int MaxPublish { get; set; } = SessionCaps.Default.Publish;

    [Range(0, 50, ErrorMessage = "Sessions:MaxEngage must be between 0 and 50.")]
    public int MaxEngage { get; set; } = SessionCaps.Default.Engage;

    public SessionEstimates ToEstimates() =>
        new(GiveMinutes, VetMinutes, ReachOutMinutes, FollowUpMinutes, AskMinutes, PublishMinutes, EngageMinutes, ReviewMinutes);

    public SessionCaps ToCaps() => new(MaxVet, MaxGives, MaxFollowUps, MaxReachOuts, MaxAsks, MaxPublish, MaxEngage);
}

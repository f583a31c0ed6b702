using System.ComponentModel.DataAnnotations;
using ValueFirst.Core.Sessions;

namespace ValueFirst.Web.Features.Sessions;

/// <summary>The <c>Sessions</c> section: minutes per checklist item type, used to time-box the weekly hour.</summary>
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

    public SessionEstimates ToEstimates() => new(GiveMinutes, VetMinutes, ReachOutMinutes, FollowUpMinutes, AskMinutes, PublishMinutes);
}

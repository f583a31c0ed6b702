using System.ComponentModel.DataAnnotations;
using ValueFirst.Core.Ledger;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>The panel's small form for any interaction.</summary>
public sealed class InteractionForm
{
    public InteractionDirection Direction { get; set; } = InteractionDirection.Give;

    public InteractionType Type { get; set; } = InteractionType.SharedTheirPost;

    public InteractionChannel Channel { get; set; } = InteractionChannel.LinkedIn;

    /// <summary>When it happened, in the user's zone; empty means now.</summary>
    [Display(Name = "When")]
    public DateTime? OccurredLocal { get; set; }

    [StringLength(500, ErrorMessage = "The linked content path is limited to 500 characters.")]
    [Display(Name = "Linked article")]
    public string? ContentPath { get; set; }

    [StringLength(4000, ErrorMessage = "The note is limited to 4000 characters.")]
    public string? Note { get; set; }

    public NewInteraction ToRequest(int contactId) => new(contactId, Direction, Type, Channel, OccurredLocal, Note, ContentPath);
}

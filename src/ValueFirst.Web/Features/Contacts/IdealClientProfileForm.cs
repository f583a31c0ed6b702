using System.ComponentModel.DataAnnotations;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>The settings form for the ideal-client profile: four comma-separated lists.</summary>
public sealed class IdealClientProfileForm
{
    [StringLength(1000, ErrorMessage = "Industries can be at most 1000 characters.")]
    public string? Industries { get; set; }

    [StringLength(1000, ErrorMessage = "Roles can be at most 1000 characters.")]
    public string? Roles { get; set; }

    [StringLength(1000, ErrorMessage = "Locations can be at most 1000 characters.")]
    public string? Locations { get; set; }

    [StringLength(1000, ErrorMessage = "Company sizes can be at most 1000 characters.")]
    public string? CompanySizes { get; set; }
}

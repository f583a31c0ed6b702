using ValueFirst.Core.Contacts;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// One user's short description of their ideal clients and referral sources; each list is the text the
/// user typed (comma- or line-separated), split into terms by <see cref="IdealClientProfileTerms.ParseList"/>.
/// </summary>
public sealed class IdealClientProfile
{
    public required string UserId { get; set; }

    public string Industries { get; set; } = "";

    public string Roles { get; set; } = "";

    public string Locations { get; set; } = "";

    public string CompanySizes { get; set; } = "";

    public DateTime UpdatedUtc { get; set; }

    public IdealClientProfileTerms ToTerms() => new(
        IdealClientProfileTerms.ParseList(Industries),
        IdealClientProfileTerms.ParseList(Roles),
        IdealClientProfileTerms.ParseList(Locations),
        IdealClientProfileTerms.ParseList(CompanySizes));
}

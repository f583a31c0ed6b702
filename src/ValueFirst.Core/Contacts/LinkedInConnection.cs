namespace ValueFirst.Core.Contacts;

/// <summary>One readable row of LinkedIn's <c>Connections.csv</c>, trimmed; the URL is already normalised.</summary>
public sealed record LinkedInConnection(
    int LineNumber,
    string FirstName,
    string LastName,
    string? ProfileUrl,
    string? Email,
    string? Company,
    string? Position,
    DateOnly? ConnectedOn)
{
    public string Name => $"{FirstName} {LastName}".Trim();
}

namespace ValueFirst.Core.Contacts;

/// <summary>The contact fields the fit score reads.</summary>
public sealed record FitSubject(string? Headline, string? Position, string? Company, string? Location, string? Tags);

namespace ValueFirst.Core.Contacts;

/// <summary>What duplicates are found by: a contact's id, name, company, profile URL and email.</summary>
public sealed record DuplicateCandidate(int Id, string Name, string? Company, string? ProfileUrl, string? Email);

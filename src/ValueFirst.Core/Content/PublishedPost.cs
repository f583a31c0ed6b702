namespace ValueFirst.Core.Content;

/// <summary>A post the user published on LinkedIn, as stored from an export: what the calendar counts as published.</summary>
/// <param name="PostedOn">The day it was posted, in the user's zone.</param>
public sealed record PublishedPost(string ShareUrl, string? SharedUrl, DateOnly PostedOn, string Title, ContentKind Kind);

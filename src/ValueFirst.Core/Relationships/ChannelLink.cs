namespace ValueFirst.Core.Relationships;

/// <summary>Where the user invites a new contact to follow them: their blog, newsletter or group.</summary>
/// <param name="Label">"blog", "newsletter" or "group", as a sentence uses it.</param>
public sealed record ChannelLink(string Label, string Url);

using ValueFirst.Core.Contacts;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>Two of the owner's contacts that are probably one person, side by side, with the reasons.</summary>
public sealed record DuplicatePair(Contact First, Contact Second, IReadOnlyList<DuplicateReason> Reasons, int FirstMessages, int SecondMessages);

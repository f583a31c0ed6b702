using ValueFirst.Core.Contacts;

namespace ValueFirst.Core.Relationships;

/// <summary>Where a target stands on the way to an invitation.</summary>
/// <param name="FollowedOn">When the user followed them; null when not yet.</param>
/// <param name="Touches">Gives recorded to them while they are a target (comments on and shares of their posts).</param>
/// <param name="IntroductionAskedOn">When the user asked a connected contact to introduce them.</param>
/// <param name="IntroductionAskedOf">Whom the user asked for that introduction.</param>
public sealed record WarmUpState(
    DateOnly? FollowedOn = null,
    int Touches = 0,
    DateOnly? IntroductionAskedOn = null,
    string? IntroductionAskedOf = null,
    VettingSignals Signals = VettingSignals.None)
{
    public static WarmUpState None { get; } = new();
}

namespace ValueFirst.Core.Relationships;

/// <summary>
/// When a relationship is one-way enough to review: at least <see cref="MinGives"/> gives over at least
/// <see cref="MinMonths"/> months with nothing received (and no reply, where messages are known). A relationship the
/// user chose to continue is asked about again after <see cref="RevisitDays"/> days.
/// </summary>
public sealed record ReviewRules(int MinGives = 5, int MinMonths = 6, int RevisitDays = 90)
{
    public static ReviewRules Default { get; } = new();
}

namespace ValueFirst.Core.Contacts;

/// <summary>What the rules look at: the ticked signals and, when known, the person's connection count.</summary>
public sealed record VettingInput(VettingSignals Signals, int? ConnectionCount = null);

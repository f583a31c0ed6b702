namespace ValueFirst.Core.Contacts;

/// <summary>What the rules look at: the ticked signals, when known the person's connection count, and who they are to me.</summary>
public sealed record VettingInput(VettingSignals Signals, int? ConnectionCount = null, VettingSubject Subject = VettingSubject.IncomingInvitation);

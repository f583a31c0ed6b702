namespace ValueFirst.Core.Mail;

/// <summary>What happens to a message after an attempt: its new state, when to try next (null: never), and whether a copy may already be out.</summary>
public sealed record DeliveryStep(DeliveryState State, DateTimeOffset? NextAttempt, bool MayHaveArrived);

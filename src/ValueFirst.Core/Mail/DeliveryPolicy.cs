namespace ValueFirst.Core.Mail;

/// <summary>
/// One message's retry budget, whoever asks for it to be sent and however often: a failed attempt waits the next
/// back-off (the last one repeats) until <see cref="MaxAttempts"/> attempts are spent. A message that may have arrived
/// (the answer to its data was lost) is sent once more with the same Message-Id and never again, so at most two
/// copies exist; the receiving side can tell them apart by that id.
/// </summary>
public sealed class DeliveryPolicy
{
    public DeliveryPolicy(IReadOnlyList<TimeSpan> backoff, int maxAttempts)
    {
        ArgumentNullException.ThrowIfNull(backoff);
        if (backoff.Count == 0 || backoff.Any(b => b <= TimeSpan.Zero))
        {
            throw new ArgumentException("The back-off needs at least one positive wait.", nameof(backoff));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        Backoff = backoff;
        MaxAttempts = maxAttempts;
    }

    public IReadOnlyList<TimeSpan> Backoff { get; }

    public int MaxAttempts { get; }

    /// <summary>How long to wait after the <paramref name="attempts"/>-th failed attempt.</summary>
    public TimeSpan WaitAfter(int attempts) => Backoff[Math.Clamp(attempts - 1, 0, Backoff.Count - 1)];

    /// <param name="result">How the attempt ended.</param>
    /// <param name="attempts">Attempts made so far, this one included.</param>
    /// <param name="mayHaveArrived">Whether an earlier attempt ended <see cref="AttemptResult.Unknown"/>.</param>
    /// <param name="now">When the attempt ended.</param>
    public DeliveryStep After(AttemptResult result, int attempts, bool mayHaveArrived, DateTimeOffset now) => result switch
    {
        AttemptResult.Accepted => new(DeliveryState.Sent, null, mayHaveArrived),
        // The first unknown answer earns the one extra attempt; after that the message is never sent again.
        AttemptResult.Unknown => new(DeliveryState.Uncertain, mayHaveArrived ? null : now + WaitAfter(attempts), true),
        // The extra attempt is spent: a copy may still be out there, so it stays uncertain rather than failed.
        _ when mayHaveArrived => new(DeliveryState.Uncertain, null, true),
        AttemptResult.Failed when attempts < MaxAttempts => new(DeliveryState.Pending, now + WaitAfter(attempts), false),
        _ => new(DeliveryState.Failed, null, false),
    };
}

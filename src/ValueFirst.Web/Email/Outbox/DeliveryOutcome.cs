namespace ValueFirst.Web.Email.Outbox;

/// <summary>What one delivery run did with one message; logged, and asserted by tests.</summary>
public enum DeliveryOutcome
{
    Sent,
    /// <summary>The attempt failed; the next one is scheduled.</summary>
    WillRetry,
    /// <summary>The answer to the message was lost: it may have arrived (and is tried once more, or never again).</summary>
    Uncertain,
    /// <summary>The attempt failed and no other will follow (attempts spent, refused for good, or too late).</summary>
    Failed,
    /// <summary>Nothing to do now: not due yet, another sender holds it, or it is already sent or finished.</summary>
    NotDue,
    Missing,
}

namespace ValueFirst.Core.Mail;

/// <summary>Where one email of the outbox stands.</summary>
public enum DeliveryState
{
    /// <summary>Waiting for its next attempt.</summary>
    Pending,

    /// <summary>A sender holds it and is talking to the mail server now.</summary>
    Sending,

    /// <summary>The mail server accepted it.</summary>
    Sent,

    /// <summary>
    /// The connection was lost after the whole message had gone out, before the server's answer: it may have arrived.
    /// Sent once more with the same Message-Id while <c>NextAttempt</c> is set; never again after that.
    /// </summary>
    Uncertain,

    /// <summary>Not sent: the attempts ran out, the server refused it for good, or it stopped being useful.</summary>
    Failed,
}

namespace ValueFirst.Core.Mail;

/// <summary>How one attempt to hand a message to the mail server ended.</summary>
public enum AttemptResult
{
    /// <summary>The server accepted the message.</summary>
    Accepted,

    /// <summary>It surely did not arrive, and trying later may work (server down, timed out before the message, 4xx).</summary>
    Failed,

    /// <summary>It surely did not arrive, and trying again will not help (the server refused it with a 5xx answer).</summary>
    FailedForGood,

    /// <summary>The whole message went out but the server's answer never came: it may have arrived.</summary>
    Unknown,
}

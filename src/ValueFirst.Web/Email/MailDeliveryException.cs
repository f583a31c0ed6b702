namespace ValueFirst.Web.Email;

/// <summary>A send that failed: the reason in plain words for the settings page and the outbox, and its kind.</summary>
/// <param name="failure">What kind of failure it was (<see cref="MailFailure.UnknownAfterData"/>: the message may have arrived).</param>
/// <param name="permanent">True when trying again cannot help (the server refused the message with a 5xx answer).</param>
public sealed class MailDeliveryException(string message, MailFailure failure, Exception? innerException = null, bool permanent = false)
    : Exception(message, innerException)
{
    public MailFailure Failure { get; } = failure;

    public bool Permanent { get; } = permanent;

    /// <summary>The server may have accepted the message: only its answer was lost.</summary>
    public bool MayHaveArrived => Failure == MailFailure.UnknownAfterData;
}

namespace ValueFirst.Web.Email;

/// <summary>A send that failed, with the reason in plain words for the settings page and the reminder record.</summary>
public sealed class MailDeliveryException(string message, Exception? innerException = null) : Exception(message, innerException);

using System.Globalization;
using ValueFirst.Core.Mail;

namespace ValueFirst.Web.Email.Outbox;

/// <summary>Where one outbox email stands, in the words the settings page shows.</summary>
public sealed record DeliverySummary(DeliveryState State, int Attempts, DateTime? NextAttemptUtc, DateTime? SentUtc, bool MayHaveArrived, string? LastError)
{
    public string StateText => State switch
    {
        DeliveryState.Pending when Attempts == 0 => "Queued",
        DeliveryState.Pending => "Retrying",
        DeliveryState.Sending => "Sending",
        DeliveryState.Sent => "Sent",
        DeliveryState.Uncertain => "Uncertain",
        _ => "Failed",
    };

    /// <summary>Nothing will send it again unless someone asks: failed, or uncertain with its one extra attempt spent.</summary>
    public bool CanSendAgain => State == DeliveryState.Failed || (State == DeliveryState.Uncertain && NextAttemptUtc is null);

    /// <summary>A job will still try it without anyone asking: queued, being sent, retrying, or its one uncertain retry.</summary>
    public bool IsOnItsWay => State is DeliveryState.Pending or DeliveryState.Sending
        || (State == DeliveryState.Uncertain && NextAttemptUtc is not null);

    public string Details => State switch
    {
        DeliveryState.Sent when MayHaveArrived =>
            $"Sent {Time(SentUtc)}. An earlier attempt lost the connection after the message had gone out, so it may have arrived twice (both copies carry the same Message-Id).",
        DeliveryState.Sent => $"Sent {Time(SentUtc)}.",
        DeliveryState.Pending when Attempts == 0 => "Waiting to be sent.",
        DeliveryState.Pending => $"{LastError} Next attempt {Time(NextAttemptUtc)}.",
        DeliveryState.Sending => "Being sent now.",
        DeliveryState.Uncertain when NextAttemptUtc is not null =>
            $"{LastError} It is sent once more {Time(NextAttemptUtc)}, with the same Message-Id, and never again after that.",
        DeliveryState.Uncertain =>
            $"{LastError} It may have arrived, so it is not sent again on its own: check your inbox, and re-send it if nothing came.",
        _ => LastError ?? "Not sent.",
    };

    private static string Time(DateTime? utc) =>
        utc is { } value ? string.Create(CultureInfo.InvariantCulture, $"{value:yyyy-MM-dd HH:mm} UTC") : "";
}

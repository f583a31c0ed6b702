using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace ValueFirst.Web.Features.Reminders;

/// <summary>
/// Signs and reads the reminder's one-click links with ASP.NET Core data protection (keys shared by every server
/// through the database). A token is the ticket as JSON, encrypted and authenticated under its own purpose, with an
/// expiry <see cref="Lifetime"/> after it was issued; anything else (altered, expired, another purpose) reads as null.
/// </summary>
public sealed class EmailActionTokens(IDataProtectionProvider protection, TimeProvider time)
{
    /// <summary>How long a link in a reminder works: the week it is for and the next.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private const string Purpose = "ValueFirst.Reminders.EmailAction.v1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private ITimeLimitedDataProtector Protector => protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    public string Issue(EmailActionTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return Protector.Protect(JsonSerializer.Serialize(ticket, Json), time.GetUtcNow() + Lifetime);
    }

    /// <summary>The ticket of a valid, unexpired token; null for anything else.</summary>
    public EmailActionTicket? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000)
        {
            return null;
        }

        try
        {
            var json = Protector.Unprotect(token, out var expires);
            // The protector checks the expiry against the wall clock; the app's clock decides too, so both agree in production
            // and a test's clock can move past it.
            if (time.GetUtcNow() >= expires)
            {
                return null;
            }

            var ticket = JsonSerializer.Deserialize<EmailActionTicket>(json, Json);
            return ticket is { UserId.Length: > 0 } && Enum.IsDefined(ticket.Action) ? ticket : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }
}

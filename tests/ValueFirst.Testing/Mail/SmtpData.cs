using System.Text.RegularExpressions;

namespace ValueFirst.Testing.Mail;

/// <summary>What netDumbster received in an SMTP DATA block, as the message the sender wrote.</summary>
/// <remarks>
/// An SMTP client doubles a period that starts a line (RFC 5321 §4.5.2) and the server must take it off again;
/// netDumbster keeps it. A quoted-printable body wraps long lines anywhere, so now and then a link in a reminder
/// breaks just before the dot of <c>valuefirst.test</c> and came back as <c>valuefirst..test</c>.
/// </remarks>
public static partial class SmtpData
{
    public static string Unstuffed(string data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return LeadingDoubledPeriod().Replace(data, ".");
    }

    [GeneratedRegex(@"(?<=^|\r\n|\n)\.\.", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingDoubledPeriod();
}

namespace ValueFirst.Web.Email;

/// <summary>How the connection to the mail server is secured (<c>Smtp:Security</c>); maps to MailKit's SecureSocketOptions.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text; only for a server on the same machine or a test server.</summary>
    None,
    /// <summary>Connect in plain text, then upgrade with STARTTLS (usually port 587); fails if the server cannot.</summary>
    StartTls,
    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,
    /// <summary>Let MailKit decide from the port, using STARTTLS when the server offers it.</summary>
    Auto,
}

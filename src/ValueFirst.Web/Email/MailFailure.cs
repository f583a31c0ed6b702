namespace ValueFirst.Web.Email;

/// <summary>What kind of failure stopped a send: stored with each outbox attempt and named in its message.</summary>
public enum MailFailure
{
    /// <summary>The server refused the connection (nothing listening on the port, or a firewall).</summary>
    Refused,

    /// <summary>The host name is unknown or the network cannot reach it.</summary>
    Unreachable,

    /// <summary>The server did not answer in time, before the message was sent.</summary>
    TimedOut,

    /// <summary>The server refused the user name or password, or wants a sign-in that is not configured.</summary>
    Authentication,

    /// <summary>The secure connection could not be set up.</summary>
    Tls,

    /// <summary>The server answered the message or a recipient with an error code.</summary>
    Rejected,

    /// <summary>The connection was lost after the whole message was sent, before the server's final answer: it may have arrived.</summary>
    UnknownAfterData,

    /// <summary>Anything else (a closed connection before the message, a protocol error, a file that cannot be written).</summary>
    Other,
}

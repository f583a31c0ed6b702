namespace ValueFirst.Web.Email.Outbox;

/// <summary>What an outbox email is for (shown in logs; the reminder's record points at its message).</summary>
public enum MailPurpose
{
    /// <summary>The weekly reminder before the connecting hour.</summary>
    Reminder,

    /// <summary>A link that confirms an address: a new account's, or a new address for an account.</summary>
    ConfirmEmail,

    /// <summary>A link or code to choose a new password.</summary>
    ResetPassword,
}

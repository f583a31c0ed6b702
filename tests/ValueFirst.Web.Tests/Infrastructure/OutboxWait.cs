using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Mail;
using ValueFirst.Web.Email.Outbox;

namespace ValueFirst.Web.Tests.Infrastructure;

/// <summary>Emails leave through the outbox's background jobs: tests that read what was sent first wait for them.</summary>
public static class OutboxWait
{
    /// <summary>Until no email of <paramref name="app"/> waits for its first attempt or is being sent.</summary>
    public static async Task UntilIdleAsync(TestApp app, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(30));
        while (await app.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m =>
                   (m.State == DeliveryState.Pending && m.Attempts == 0) || m.State == DeliveryState.Sending)))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The outbox still had emails to send.");
            }

            await Task.Delay(50);
        }
    }
}

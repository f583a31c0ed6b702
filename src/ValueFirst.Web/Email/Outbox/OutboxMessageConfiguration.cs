using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Email.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.LastFailure).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Recipient).HasMaxLength(320);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.MessageId).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.HasIndex(m => m.MessageId).IsUnique();
        // The sweep's question: which messages are due?
        builder.HasIndex(m => new { m.State, m.NextAttemptUtc });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ValueFirst.Web.Features.Ledger;

internal sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> builder)
    {
        // Triggers keep InteractionHour in step with this table; SQLite cannot combine AFTER triggers with RETURNING.
        builder.ToTable(t => t.UseSqlReturningClause(false));
        builder.Property(i => i.Note).HasMaxLength(4000);
        builder.Property(i => i.ContentPath).HasMaxLength(500);
        builder.HasOne(i => i.Contact).WithMany().HasForeignKey(i => i.ContactId).OnDelete(DeleteBehavior.Cascade);
        // Balance aggregation reads (contact, direction, time) without touching the table.
        builder.HasIndex(i => new { i.ContactId, i.Direction, i.OccurredUtc });
        // The overdrawn window reads the last 90 days of gives and asks per contact from this index alone.
        builder.HasIndex(i => new { i.OwnerId, i.OccurredUtc, i.Direction, i.ContactId });
        // Covers the owner-scoped GROUP BY contact of the balance list, so it never reads the table rows.
        builder.HasIndex(i => new { i.OwnerId, i.ContactId, i.Direction, i.OccurredUtc });
    }
}

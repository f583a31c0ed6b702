using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;

namespace ValueFirst.Web.Features.Ledger;

internal sealed class LedgerTotalsConfiguration : IEntityTypeConfiguration<LedgerTotals>
{
    public void Configure(EntityTypeBuilder<LedgerTotals> builder)
    {
        builder.ToTable(LedgerTotalsRecount.Table);
        builder.HasKey(s => s.ContactId);
        builder.Property(s => s.ContactId).ValueGeneratedNever();
        builder.Ignore(s => s.Schedule);
        builder.Property(s => s.Name).HasMaxLength(200);
        // Deleting a contact deletes its interactions and its totals with it.
        builder.HasOne<Contact>().WithOne().HasForeignKey<LedgerTotals>(s => s.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
        // Before every read: the owner's rows whose window counts are due to be counted again.
        builder.HasIndex(s => new { s.OwnerId, s.RecountOn });
        // The give-first list: the connected contacts with a turn (overdrawn, due again, first give), a range of this index.
        builder.HasIndex(s => new { s.OwnerId, s.ConnectionState, s.GiveTurn });
        // The dashboard's counts over the connected contacts, read from this index alone instead of a row per contact:
        // the relationships waiting for review (a range of gives since value last came back) and the network reached.
        builder.HasIndex(s => new
            {
                s.OwnerId, s.ConnectionState, s.GivesSinceLastReceived, s.FirstGiveSinceLastReceivedUtc, s.ReviewedOn,
                s.LastGiveUtc, s.LastAskUtc, s.LastReceivedUtc,
            })
            .HasDatabaseName("IX_LedgerTotals_ConnectedCounts");
        // The dashboard's and the balance page's counts by state, and the owner's total: the narrowest index that holds
        // them. PostgreSQL would not read the balance order's wider index for them and scanned the table instead
        // (12.5 ms against 3 ms for 20,000 contacts).
        builder.HasIndex(s => new { s.OwnerId, s.StateOrder });
        // The balance page's order, (owner, state, fit descending, lower-case name, id), is an expression index that
        // the migration LedgerListsReadOneTable creates with SQL: EF Core cannot declare one.
    }
}

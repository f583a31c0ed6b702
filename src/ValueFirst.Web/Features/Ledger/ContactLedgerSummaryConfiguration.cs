using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ValueFirst.Web.Features.Contacts;

namespace ValueFirst.Web.Features.Ledger;

internal sealed class ContactLedgerSummaryConfiguration : IEntityTypeConfiguration<ContactLedgerSummary>
{
    public void Configure(EntityTypeBuilder<ContactLedgerSummary> builder)
    {
        builder.ToTable(LedgerSummaries.Table);
        builder.HasKey(s => s.ContactId);
        builder.Property(s => s.ContactId).ValueGeneratedNever();
        // Deleting a contact deletes its interactions and its summary with it.
        builder.HasOne<Contact>().WithOne().HasForeignKey<ContactLedgerSummary>(s => s.ContactId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ValueFirst.Web.Features.Contacts;

namespace ValueFirst.Web.Features.Ledger;

internal sealed class LedgerTotalsConfiguration : IEntityTypeConfiguration<LedgerTotals>
{
    public void Configure(EntityTypeBuilder<LedgerTotals> builder)
    {
        builder.ToTable(LedgerTotalsRecount.Table);
        builder.HasKey(s => s.ContactId);
        builder.Property(s => s.ContactId).ValueGeneratedNever();
        // Deleting a contact deletes its interactions and its summary with it.
        builder.HasOne<Contact>().WithOne().HasForeignKey<LedgerTotals>(s => s.ContactId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ValueFirst.Web.Features.Contacts;

namespace ValueFirst.Web.Features.Ledger;

internal sealed class SuggestionPauseConfiguration : IEntityTypeConfiguration<SuggestionPause>
{
    public void Configure(EntityTypeBuilder<SuggestionPause> builder)
    {
        builder.HasKey(p => p.ContactId);
        builder.HasOne<Contact>().WithOne().HasForeignKey<SuggestionPause>(p => p.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.OwnerId, p.PausedUntil });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Contacts;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        // The ledger copies a few columns to its own table with an AFTER UPDATE trigger (see LedgerTotals), and SQLite
        // cannot combine an AFTER trigger with the RETURNING clause EF Core would otherwise save with.
        builder.ToTable(t => t.UseSqlReturningClause(false));
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Headline).HasMaxLength(300);
        builder.Property(c => c.Position).HasMaxLength(200);
        builder.Property(c => c.Company).HasMaxLength(200);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Location).HasMaxLength(200);
        builder.Property(c => c.ProfileUrl).HasMaxLength(500);
        builder.Property(c => c.Tags).HasMaxLength(1000);
        builder.Property(c => c.Notes).HasMaxLength(4000);
        builder.Property(c => c.OriginGroup).HasMaxLength(200);
        builder.Property(c => c.VettingOverrideReason).HasMaxLength(1000);
        builder.Property(c => c.InvitationMessage).HasMaxLength(2000);
        builder.Property(c => c.WantsToMeet).HasMaxLength(ContactForm.AnswerLength);
        builder.Property(c => c.NetworksAt).HasMaxLength(ContactForm.AnswerLength);
        builder.Property(c => c.IdealClientsAndReferralSources).HasMaxLength(ContactForm.AnswerLength);
        builder.Property(c => c.ReviewDecision).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ReviewNote).HasMaxLength(1000);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.IntroducedByContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.IntroductionAskedOfContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.OwnerId, c.ProfileUrl }).IsUnique().HasFilter("\"ProfileUrl\" IS NOT NULL");
        // Not widened with ReviewedOn for the review's count: SQLite then read the balance page's contacts through the
        // wider index and the page took 170 ms instead of 63 at 20,000 contacts, for no gain in the weekly hour.
        builder.HasIndex(c => new { c.OwnerId, c.State });
        builder.HasIndex(c => new { c.OwnerId, c.Name });
        // The few who said whom they want to meet, in name order, without reading every contact.
        builder.HasIndex(c => new { c.OwnerId, c.Name }, "IX_Contact_OwnerId_Name_WantsToMeet").HasFilter("\"WantsToMeet\" IS NOT NULL");
        // The weekly hour's follow-ups due by the week's end and its new connections, read in date order.
        builder.HasIndex(c => new { c.OwnerId, c.FollowUpOn }).HasFilter("\"FollowUpOn\" IS NOT NULL");
        builder.HasIndex(c => new { c.OwnerId, c.ConnectedOn });
        // The list sorts by fit; the ledger ranks by it.
        builder.HasIndex(c => new { c.OwnerId, c.FitScore });
    }
}

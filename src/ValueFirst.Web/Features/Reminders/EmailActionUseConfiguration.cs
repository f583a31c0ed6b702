using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Reminders;

internal sealed class EmailActionUseConfiguration : IEntityTypeConfiguration<EmailActionUse>
{
    public void Configure(EntityTypeBuilder<EmailActionUse> builder)
    {
        // The ticket id as primary key: the second insert of one link fails on every provider, whoever commits first.
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(u => u.UserId).OnDelete(DeleteBehavior.Cascade);
        // Every copy of a week's reminder (a retry, "send now") has links of its own: one use per action on a contact and week
        // whichever copy it came from, so "Done" in two copies logs one give, even when both are confirmed at once.
        builder.HasIndex(u => new { u.UserId, u.ContactId, u.Action, u.IsoYear, u.IsoWeek }).IsUnique();
        // The session page lists what was done from the email during a week.
        builder.HasIndex(u => new { u.UserId, u.UsedUtc });
    }
}

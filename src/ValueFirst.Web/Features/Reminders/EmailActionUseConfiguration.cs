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
        // The session page lists what was done from the email during a week.
        builder.HasIndex(u => new { u.UserId, u.UsedUtc });
    }
}

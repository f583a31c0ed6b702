using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Sessions;

internal sealed class WeeklySlotConfiguration : IEntityTypeConfiguration<WeeklySlot>
{
    public void Configure(EntityTypeBuilder<WeeklySlot> builder)
    {
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.TimeZoneId).HasMaxLength(100);
        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<WeeklySlot>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

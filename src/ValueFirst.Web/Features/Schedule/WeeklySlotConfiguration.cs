using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Schedule;

internal sealed class WeeklySlotConfiguration : IEntityTypeConfiguration<WeeklySlot>
{
    public void Configure(EntityTypeBuilder<WeeklySlot> builder)
    {
        builder.HasKey(s => s.UserId);
        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<WeeklySlot>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

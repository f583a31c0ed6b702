using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Ledger;

internal sealed class InteractionHourConfiguration : IEntityTypeConfiguration<InteractionHour>
{
    public void Configure(EntityTypeBuilder<InteractionHour> builder)
    {
        builder.HasKey(h => new { h.OwnerId, h.HourUtc, h.Direction });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(h => h.OwnerId).OnDelete(DeleteBehavior.Cascade);
        // A month's sum reads this index alone.
        builder.HasIndex(h => new { h.OwnerId, h.HourUtc, h.Direction, h.Count });
    }
}

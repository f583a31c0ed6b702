using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Sessions;

internal sealed class WeeklySessionConfiguration : IEntityTypeConfiguration<WeeklySession>
{
    public void Configure(EntityTypeBuilder<WeeklySession> builder)
    {
        builder.Property(s => s.TimeZoneId).HasMaxLength(100);
        builder.Ignore(s => s.Week);
        builder.Ignore(s => s.Timer);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
        // One session per user per ISO week: a second build (retry, catch-up, another server) loses here.
        builder.HasIndex(s => new { s.OwnerId, s.IsoYear, s.IsoWeek }).IsUnique();
        builder.HasMany(s => s.Items).WithOne().HasForeignKey(i => i.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

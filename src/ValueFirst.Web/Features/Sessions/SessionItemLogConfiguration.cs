using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Sessions;

internal sealed class SessionItemLogConfiguration : IEntityTypeConfiguration<SessionItemLog>
{
    public void Configure(EntityTypeBuilder<SessionItemLog> builder)
    {
        builder.Property(l => l.Note).HasMaxLength(2000);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(l => l.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SessionItem>().WithMany().HasForeignKey(l => l.SessionItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.SessionItemId);
    }
}

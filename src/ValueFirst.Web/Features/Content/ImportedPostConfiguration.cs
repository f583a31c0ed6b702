using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Content;

internal sealed class ImportedPostConfiguration : IEntityTypeConfiguration<ImportedPost>
{
    public void Configure(EntityTypeBuilder<ImportedPost> builder)
    {
        builder.Property(p => p.ShareUrl).HasMaxLength(500);
        builder.Property(p => p.SharedUrl).HasMaxLength(1000);
        builder.Property(p => p.MediaUrl).HasMaxLength(1000);
        builder.Property(p => p.Commentary).HasMaxLength(10_000);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.OwnerId, p.ShareUrl }).IsUnique();
    }
}

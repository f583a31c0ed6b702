using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Content;

internal sealed class ContentSettingsConfiguration : IEntityTypeConfiguration<ContentSettings>
{
    public void Configure(EntityTypeBuilder<ContentSettings> builder)
    {
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.FeedToken).HasMaxLength(64);
        builder.HasIndex(s => s.FeedToken).IsUnique();
        builder.Property(s => s.FolderName).HasMaxLength(64);
        // Also makes the content folder's root drafts one user's: only one row can claim them.
        builder.HasIndex(s => s.FolderName).IsUnique();
        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<ContentSettings>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Relationships;

internal sealed class RelationshipSettingsConfiguration : IEntityTypeConfiguration<RelationshipSettings>
{
    public void Configure(EntityTypeBuilder<RelationshipSettings> builder)
    {
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.BlogUrl).HasMaxLength(RelationshipSettingsForm.UrlLength);
        builder.Property(s => s.NewsletterUrl).HasMaxLength(RelationshipSettingsForm.UrlLength);
        builder.Property(s => s.GroupUrl).HasMaxLength(RelationshipSettingsForm.UrlLength);
        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<RelationshipSettings>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Contacts;

internal sealed class MergedIdentityConfiguration : IEntityTypeConfiguration<MergedIdentity>
{
    public void Configure(EntityTypeBuilder<MergedIdentity> builder)
    {
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Key).HasMaxLength(500);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(i => i.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Contact>().WithMany().HasForeignKey(i => i.SurvivorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.OwnerId, i.Kind, i.Key });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Contacts;

internal sealed class IdealClientProfileConfiguration : IEntityTypeConfiguration<IdealClientProfile>
{
    public void Configure(EntityTypeBuilder<IdealClientProfile> builder)
    {
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.Industries).HasMaxLength(1000);
        builder.Property(p => p.Roles).HasMaxLength(1000);
        builder.Property(p => p.Locations).HasMaxLength(1000);
        builder.Property(p => p.CompanySizes).HasMaxLength(1000);
        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<IdealClientProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Ledger;

internal sealed class LedgerSettingsConfiguration : IEntityTypeConfiguration<LedgerSettings>
{
    public void Configure(EntityTypeBuilder<LedgerSettings> builder)
    {
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.TagCadences).HasMaxLength(1000);
        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<LedgerSettings>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

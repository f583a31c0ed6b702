using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Contacts;

internal sealed class ContactImportConfiguration : IEntityTypeConfiguration<ContactImport>
{
    public void Configure(EntityTypeBuilder<ContactImport> builder)
    {
        builder.Property(i => i.Files).HasMaxLength(300);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(i => i.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Changes).WithOne().HasForeignKey(c => c.ImportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.OwnerId, i.ImportedUtc });
    }
}

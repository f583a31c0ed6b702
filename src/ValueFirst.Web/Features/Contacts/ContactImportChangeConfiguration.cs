using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ValueFirst.Web.Features.Contacts;

internal sealed class ContactImportChangeConfiguration : IEntityTypeConfiguration<ContactImportChange>
{
    public void Configure(EntityTypeBuilder<ContactImportChange> builder)
    {
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Before).HasMaxLength(420);
        builder.Property(c => c.After).HasMaxLength(420);
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.SetNull);
    }
}

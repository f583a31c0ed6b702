using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Contacts;

internal sealed class ConversationMessageConfiguration : IEntityTypeConfiguration<ConversationMessage>
{
    public void Configure(EntityTypeBuilder<ConversationMessage> builder)
    {
        builder.Property(m => m.ConversationKey).HasMaxLength(200);
        builder.Property(m => m.ConversationTitle).HasMaxLength(300);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Content).HasMaxLength(20_000);
        builder.Property(m => m.Folder).HasMaxLength(50);
        builder.Property(m => m.Fingerprint).HasMaxLength(32);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Contact>().WithMany().HasForeignKey(m => m.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ContactImport>().WithMany().HasForeignKey(m => m.ImportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.OwnerId, m.ContactId, m.Fingerprint }).IsUnique();
        builder.HasIndex(m => new { m.ContactId, m.SentUtc });
        builder.HasIndex(m => m.ImportId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ValueFirst.Web.Features.Contacts;

namespace ValueFirst.Web.Features.Sessions;

internal sealed class SessionItemConfiguration : IEntityTypeConfiguration<SessionItem>
{
    public void Configure(EntityTypeBuilder<SessionItem> builder)
    {
        builder.Property(i => i.Section).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Interaction).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.Step).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.Title).HasMaxLength(300);
        builder.Property(i => i.Suggestion).HasMaxLength(1000);
        builder.Property(i => i.Reason).HasMaxLength(1000);
        builder.Property(i => i.ContentPath).HasMaxLength(500);
        builder.Property(i => i.Link).HasMaxLength(1000);
        builder.Property(i => i.Note).HasMaxLength(2000);
        builder.HasOne<Contact>().WithMany().HasForeignKey(i => i.ContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Contact>().WithMany().HasForeignKey(i => i.OtherContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => new { i.SessionId, i.Order });
    }
}

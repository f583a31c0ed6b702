using ValueFirst.Core.Content;

namespace ValueFirst.Web.Features.Content;

/// <summary>A draft opened in the editor: the file as read (kept to detect later changes), its fields and its body.</summary>
public sealed record DraftOpened(DraftFile File, DraftFields Fields, string Body)
{
    public static DraftOpened Of(DraftFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var item = DraftParser.Parse("draft.md", file.Text).Item
            ?? throw new InvalidOperationException("The draft has errors in its front matter.");
        return new DraftOpened(file, DraftFields.Of(item), DraftDocument.BodyOf(file.Text));
    }
}

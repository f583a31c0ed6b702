using System.IO.Compression;

namespace ValueFirst.Testing.LinkedIn;

/// <summary>The export's ZIP as LinkedIn sends it: the files given, in a dated folder, beside files the import ignores.</summary>
public sealed class LinkedInExportBuilder
{
    public const string Folder = "Complete_LinkedInDataExport_11-27-2026/";

    public ConnectionsExportBuilder? Connections { get; set; }

    public InvitationsExportBuilder? Invitations { get; set; }

    public MessagesExportBuilder? Messages { get; set; }

    public SharesExportBuilder? Shares { get; set; }

    public byte[] BuildZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "Profile.csv", "First Name,Last Name,Headline\r\nMe,Myself,Consultant\r\n"u8.ToArray());
            Add(zip, "Learning.csv", "Content Title,Content Type\r\nNegotiation,Course\r\n"u8.ToArray());
            if (Connections is not null)
            {
                Add(zip, "Connections.csv", Connections.BuildBytes());
            }

            if (Invitations is not null)
            {
                Add(zip, "Invitations.csv", Invitations.BuildBytes());
            }

            if (Messages is not null)
            {
                Add(zip, "messages.csv", Messages.BuildBytes());
            }

            if (Shares is not null)
            {
                Add(zip, "Shares.csv", Shares.BuildBytes());
            }
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        using var entry = zip.CreateEntry(Folder + name, CompressionLevel.Fastest).Open();
        entry.Write(bytes);
    }
}

using System.Text;

namespace ValueFirst.Core.Contacts;

/// <summary>
/// Writes vCard 4.0 (RFC 6350): FN and N, EMAIL, ORG, TITLE, the profile as URL and, for a LinkedIn address, as
/// SOCIALPROFILE (RFC 9554) too, CATEGORIES and NOTE. Text is escaped, lines end in CRLF and are folded at 75 octets
/// without splitting a UTF-8 character.
/// </summary>
public static class VCardWriter
{
    private const int MaxLineOctets = 75;

    public static void Write(TextWriter output, IEnumerable<VCardContact> contacts)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(contacts);
        foreach (var contact in contacts)
        {
            WriteCard(output, contact);
        }
    }

    public static string Write(IEnumerable<VCardContact> contacts)
    {
        using var text = new StringWriter();
        Write(text, contacts);
        return text.ToString();
    }

    /// <summary>Splits a full name into family and given names: the last word is the family name.</summary>
    public static (string? Family, string? Given) SplitName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        var space = trimmed.LastIndexOf(' ');
        return space < 0 ? (trimmed.Length == 0 ? null : trimmed, null) : (trimmed[(space + 1)..], trimmed[..space].Trim());
    }

    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .ReplaceLineEndings("\n")
            .Replace("\n", "\\n", StringComparison.Ordinal);
    }

    private static void WriteCard(TextWriter output, VCardContact contact)
    {
        Line(output, "BEGIN:VCARD");
        Line(output, "VERSION:4.0");
        Line(output, "FN:" + Escape(contact.Name));
        var (family, given) = contact.FamilyName is not null || contact.GivenName is not null
            ? (contact.FamilyName, contact.GivenName)
            : SplitName(contact.Name);
        Line(output, $"N:{Escape(family ?? "")};{Escape(given ?? "")};;;");
        foreach (var email in contact.Emails)
        {
            Line(output, "EMAIL:" + Escape(email));
        }

        if (contact.Organization is { } org)
        {
            Line(output, "ORG:" + Escape(org));
        }

        if (contact.Title is { } title)
        {
            Line(output, "TITLE:" + Escape(title));
        }

        foreach (var url in contact.Urls)
        {
            Line(output, "URL:" + url);
        }

        if (contact.LinkedInUrl is { } linkedIn)
        {
            Line(output, "SOCIALPROFILE;SERVICE-TYPE=LinkedIn:" + linkedIn);
        }

        if (contact.Categories.Count > 0)
        {
            Line(output, "CATEGORIES:" + string.Join(',', contact.Categories.Select(Escape)));
        }

        if (contact.Note is { } note)
        {
            Line(output, "NOTE:" + Escape(note));
        }

        Line(output, "END:VCARD");
    }

    // Folds after at most 75 octets: the continuation starts with one space, which counts towards its own 75.
    private static void Line(TextWriter output, string line)
    {
        var octets = 0;
        var limit = MaxLineOctets;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                output.Write("\r\n ");
                octets = 1;
            }

            output.Write(line.AsSpan(i, length));
            octets += size;
            i += length - 1;
        }

        output.Write("\r\n");
    }
}

using ValueFirst.Core.Contacts;

namespace ValueFirst.Core.Tests.Contacts;

/// <summary>The reader and writer against RFC 6350's own examples, round trips, folding and damaged cards.</summary>
public sealed class VCardTests
{
    private static ImportFile<VCardContact> Read(string text) => VCardReader.Read(new StringReader(text));

    [Fact]
    public void Rfc_6350_section_8_example_is_read()
    {
        const string card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Simon Perreault\r\nN:Perreault;Simon;;;ing. jr,M.Sc.\r\nBDAY:--0203\r\n"
            + "ANNIVERSARY:20090808T1430-0500\r\nGENDER:M\r\nLANG;PREF=1:fr\r\nLANG;PREF=2:en\r\nORG;TYPE=work:Viagenie\r\n"
            + "ADR;TYPE=work:;Suite D2-630;2875 Laurier;\r\n Quebec;QC;G1V 2M2;Canada\r\n"
            + "TEL;VALUE=uri;TYPE=\"work,voice\";PREF=1:tel:+1-418-656-9254;ext=102\r\n"
            + "TEL;VALUE=uri;TYPE=\"work,cell,voice,video,text\":tel:+1-418-262-6501\r\n"
            + "EMAIL;TYPE=work:simon.perreault@viagenie.ca\r\nGEO;TYPE=work:geo:46.772673,-71.282945\r\n"
            + "KEY;TYPE=work;VALUE=uri:\r\n http://www.viagenie.ca/simon.perreault/simon.asc\r\nTZ:-0500\r\nURL;TYPE=home:http://nomis80.org\r\nEND:VCARD\r\n";

        var contact = Assert.Single(Read(card).Rows);

        Assert.Equal("Simon Perreault", contact.Name);
        Assert.Equal(("Perreault", "Simon"), (contact.FamilyName, contact.GivenName));
        Assert.Equal(["simon.perreault@viagenie.ca"], contact.Emails);
        Assert.Equal("Viagenie", contact.Organization);
        Assert.Equal(["http://nomis80.org"], contact.Urls);
        Assert.Equal(1, contact.LineNumber);
    }

    [Fact]
    public void Rfc_6350_escaped_and_structured_values_are_read()
    {
        const string card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Mr. John Q. Public\\, Esq.\r\nN:Stevenson;John;Philip,Paul;Dr.;Jr.,M.D.,A.C.P.\r\n"
            + "ORG:ABC\\, Inc.;North American Division;Marketing\r\nTITLE:Research Scientist\r\n"
            + "CATEGORIES:INTERNET,IETF,INDUSTRY,INFORMATION TECHNOLOGY\r\n"
            + "NOTE:This fax number is operational 0800 to 1715\\n EST\\, Mon-Fri.\r\nEND:VCARD\r\n";

        var contact = Assert.Single(Read(card).Rows);

        Assert.Equal("Mr. John Q. Public, Esq.", contact.Name);
        Assert.Equal("ABC, Inc.", contact.Organization);
        Assert.Equal("Research Scientist", contact.Title);
        Assert.Equal(["INTERNET", "IETF", "INDUSTRY", "INFORMATION TECHNOLOGY"], contact.Categories);
        Assert.Equal("This fax number is operational 0800 to 1715\n EST, Mon-Fri.", contact.Note);
    }

    [Fact]
    public void A_stray_NUL_character_is_dropped_from_every_value()
    {
        var contact = Assert.Single(Read("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Gr\0ace Hopper\r\nORG:Na\0vy\r\nEND:VCARD\r\n").Rows);

        Assert.Equal(("Grace Hopper", "Navy"), (contact.Name, contact.Organization));
    }

    [Fact]
    public void Rfc_6350_folding_example_unfolds_into_one_value()
    {
        var contact = Assert.Single(Read("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nNOTE:This is a long description\r\n  that exists on a long line.\r\nEND:VCARD\r\n").Rows);

        Assert.Equal("This is a long description that exists on a long line.", contact.Note);
    }

    [Fact]
    public void Written_cards_read_back_the_same_and_every_line_fits_75_octets()
    {
        var contact = new VCardContact(0, "Zoë Ødegård-Müller", null, null, ["zoe@example.com"], "Acme; \"Best\", Inc.", "VP Sales",
            ["https://www.linkedin.com/in/zoe"], ["saas", "fintech"], "Met at the Lisbon meetup.\nAsk about the café idea — " + new string('é', 80));

        var text = VCardWriter.Write([contact]);
        var back = Assert.Single(Read(text).Rows);

        Assert.Equal((contact.Name, contact.Organization, contact.Title, contact.Note), (back.Name, back.Organization, back.Title, back.Note));
        Assert.Equal(contact.Emails, back.Emails);
        Assert.Equal(contact.Categories, back.Categories);
        Assert.Equal("https://www.linkedin.com/in/zoe", back.LinkedInUrl);
        Assert.Equal(("Ødegård-Müller", "Zoë"), (back.FamilyName, back.GivenName));
        Assert.Contains("SOCIALPROFILE;SERVICE-TYPE=LinkedIn:https://www.linkedin.com/in/zoe\r\n", text, StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n", text, StringComparison.Ordinal);
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
    }

    [Fact]
    public void Version_3_groups_and_version_2_1_quoted_printable_are_read()
    {
        const string cards = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lima;Ana;;;\r\nitem1.EMAIL;TYPE=INTERNET:ana@example.com\r\nitem1.X-ABLabel:work\r\n"
            + "X-SOCIALPROFILE;type=linkedin:https://www.linkedin.com/in/ana\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;\r\n"
            + "NOTE;QUOTED-PRINTABLE:Line one=0D=0A=\r\nline two\r\nEND:VCARD\r\n";

        var file = Read(cards);

        Assert.Equal(["Ana Lima", "Jürgen Müller"], file.Rows.Select(c => c.Name));
        Assert.Equal("https://www.linkedin.com/in/ana", file.Rows[0].LinkedInUrl);
        Assert.Equal("Line one\r\nline two", file.Rows[1].Note);
    }

    [Fact]
    public void Damaged_cards_are_problems_with_their_line_and_the_others_are_read()
    {
        const string cards = "BEGIN:VCARD\r\nVERSION:4.0\r\nEMAIL:noname@example.com\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Good One\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nFN:Broken\r\nthis line has no colon\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nFN:Never closed\r\n";

        var file = Read(cards);

        Assert.Equal("Good One", Assert.Single(file.Rows).Name);
        Assert.Equal([1, 9, 13], file.Problems.Select(p => p.LineNumber));
        Assert.Contains("no name", file.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("Line 11", file.Problems[1].Reason, StringComparison.Ordinal);
        Assert.Contains("END:VCARD", file.Problems[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_cards_is_refused_and_one_with_too_many_too()
    {
        var stray = Read("hello\r\n");
        Assert.Empty(stray.Rows);
        Assert.Contains("outside a card", Assert.Single(stray.Problems).Reason, StringComparison.Ordinal);
        Assert.NotNull(Read("").Error);
        var many = string.Concat(Enumerable.Range(0, 3).Select(i => $"BEGIN:VCARD\r\nFN:P{i}\r\nEND:VCARD\r\n"));
        Assert.Contains("more than 2", VCardReader.Read(new StringReader(many), maxCards: 2).Error, StringComparison.Ordinal);
        Assert.True(VCardReader.LooksLikeVCard(new MemoryStream("\uFEFF\r\nbegin:vcard\r\n"u8.ToArray())));
    }
}

using System.Text;

namespace ValueFirst.Core.Contacts;

/// <summary>
/// Reads vCard files (RFC 6350, version 4.0; 3.0 and 2.1 as phones and Google Contacts export them) into contacts and
/// per-card problems naming the line. Handles folded lines (CRLF followed by a space or tab), groups
/// (<c>item1.EMAIL</c>), parameters with quoted values, escaped text (<c>\,</c> <c>\;</c> <c>\n</c> <c>\\</c>),
/// structured N and ORG, comma-separated CATEGORIES, and 2.1's quoted-printable values. Properties it does not keep
/// (TEL, ADR, PHOTO, …) are skipped.
/// </summary>
public static class VCardReader
{
    public const string FileName = "vCard file";

    /// <summary>True when the text starts (after a BOM and blank lines) with BEGIN:VCARD.</summary>
    public static bool LooksLikeVCard(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var start = stream.Position;
        var buffer = new byte[64];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = start;
        var text = Encoding.UTF8.GetString(buffer, 0, read).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        return text.StartsWith("BEGIN:VCARD", StringComparison.OrdinalIgnoreCase);
    }

    public static ImportFile<VCardContact> Read(TextReader text, int maxCards = int.MaxValue, string file = FileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cards = new List<VCardContact>();
        var problems = new List<ImportProblem>();
        Card? card = null;
        foreach (var (line, content) in Unfold(text))
        {
            if (content.Length == 0)
            {
                continue;
            }

            var property = Property.Parse(content);
            if (card is null)
            {
                if (property?.Name == "BEGIN" && property.Value.Equals("VCARD", StringComparison.OrdinalIgnoreCase))
                {
                    if (cards.Count + problems.Count >= maxCards)
                    {
                        return ImportFile<VCardContact>.Failed(file, $"The file has more than {maxCards:N0} cards, the most one import takes. Split it and import the parts one after another.");
                    }

                    card = new Card(line);
                }
                else
                {
                    problems.Add(new ImportProblem(line, $"\"{LinkedInCsvTable.Shorten(content)}\" is outside a card (BEGIN:VCARD … END:VCARD).", file));
                }

                continue;
            }

            if (property is null)
            {
                card.Problem ??= $"Line {line} is not a vCard property (no colon): \"{LinkedInCsvTable.Shorten(content)}\".";
                continue;
            }

            if (property.Name == "END" && property.Value.Equals("VCARD", StringComparison.OrdinalIgnoreCase))
            {
                if (card.Finish() is { } done)
                {
                    cards.Add(done);
                }
                else
                {
                    problems.Add(new ImportProblem(card.Line, card.Problem ?? "The card has no name (FN or N).", file));
                }

                card = null;
                continue;
            }

            card.Add(property);
        }

        if (card is not null)
        {
            problems.Add(new ImportProblem(card.Line, "The card is not closed with END:VCARD.", file));
        }

        if (cards.Count == 0 && problems.Count == 0)
        {
            return ImportFile<VCardContact>.Failed(file, "The file holds no card (BEGIN:VCARD … END:VCARD).");
        }

        return new ImportFile<VCardContact>(file, cards, problems, []);
    }

    /// <summary>Splits a value on a separator that is not escaped with a backslash, then unescapes each part.</summary>
    public static IReadOnlyList<string> SplitEscaped(string value, char separator)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parts = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\\' && i + 1 < value.Length)
            {
                current.Append(c).Append(value[++i]);
            }
            else if (c == separator)
            {
                parts.Add(Unescape(current.ToString()));
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        parts.Add(Unescape(current.ToString()));
        return parts;
    }

    /// <summary>Text value escapes: <c>\\</c>, <c>\,</c>, <c>\;</c>, <c>\n</c> and <c>\N</c>.</summary>
    public static string Unescape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                var next = value[++i];
                text.Append(next is 'n' or 'N' ? '\n' : next);
            }
            else
            {
                text.Append(value[i]);
            }
        }

        return text.ToString();
    }

    // Joins folded lines; each logical line keeps the number of its first physical line. A 2.1 quoted-printable
    // value continues on the next line after a trailing "=".
    private static IEnumerable<(int Line, string Content)> Unfold(TextReader text)
    {
        var number = 0;
        var start = 0;
        StringBuilder? current = null;
        while (text.ReadLine() is { } raw)
        {
            number++;
            var line = NulCharacters.Strip(number == 1 ? raw.TrimStart('\uFEFF') : raw);
            if (current is not null && line.Length > 0 && (line[0] == ' ' || line[0] == '\t'))
            {
                current.Append(line, 1, line.Length - 1);
                continue;
            }

            if (current is not null && IsQuotedPrintable(current) && current.Length > 0 && current[^1] == '=')
            {
                current.Length--;
                current.Append(line);
                continue;
            }

            if (current is not null)
            {
                yield return (start, current.ToString());
            }

            current = new StringBuilder(line);
            start = number;
        }

        if (current is not null)
        {
            yield return (start, current.ToString());
        }
    }

    private static bool IsQuotedPrintable(StringBuilder line)
    {
        var text = line.ToString();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && text[..colon].Contains("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>One content line: name (upper case, group dropped), parameters (upper-case names) and the raw value.</summary>
    private sealed record Property(string Name, IReadOnlyDictionary<string, string> Parameters, string Value)
    {
        public static Property? Parse(string line)
        {
            var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var i = 0;
            var nameEnd = line.IndexOfAny([';', ':']);
            if (nameEnd <= 0)
            {
                return null;
            }

            var name = line[..nameEnd];
            var dot = name.LastIndexOf('.');
            name = (dot >= 0 ? name[(dot + 1)..] : name).Trim().ToUpperInvariant();
            i = nameEnd;
            while (i < line.Length && line[i] == ';')
            {
                i++;
                var keyStart = i;
                while (i < line.Length && line[i] is not ('=' or ';' or ':'))
                {
                    i++;
                }

                var key = line[keyStart..i].Trim();
                var value = "";
                if (i < line.Length && line[i] == '=')
                {
                    i++;
                    var valueText = new StringBuilder();
                    var quoted = false;
                    while (i < line.Length && (quoted || line[i] is not (';' or ':')))
                    {
                        if (line[i] == '"')
                        {
                            quoted = !quoted;
                        }
                        else
                        {
                            valueText.Append(line[i]);
                        }

                        i++;
                    }

                    value = valueText.ToString();
                }

                // vCard 2.1 writes bare parameters: "EMAIL;INTERNET;PREF:x", "NOTE;QUOTED-PRINTABLE:x".
                if (value.Length == 0 && key.Equals("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase))
                {
                    (key, value) = ("ENCODING", key);
                }

                if (key.Length > 0)
                {
                    parameters[key] = parameters.TryGetValue(key, out var before) ? before + "," + value : value;
                }
            }

            if (i >= line.Length || line[i] != ':')
            {
                return null;
            }

            var raw = line[(i + 1)..];
            if (parameters.TryGetValue("ENCODING", out var encoding) && encoding.Equals("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase))
            {
                raw = DecodeQuotedPrintable(raw, parameters.TryGetValue("CHARSET", out var charset) ? charset : "UTF-8");
            }

            return new Property(name, parameters, raw);
        }

        private static string DecodeQuotedPrintable(string value, string charset)
        {
            var bytes = new List<byte>(value.Length);
            for (var i = 0; i < value.Length; i++)
            {
                if (value[i] == '=' && i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
                {
                    bytes.Add(Convert.ToByte(value.Substring(i + 1, 2), 16));
                    i += 2;
                }
                else
                {
                    bytes.AddRange(Encoding.UTF8.GetBytes(value[i].ToString()));
                }
            }

            Encoding encoding;
            try
            {
                encoding = Encoding.GetEncoding(charset);
            }
            catch (ArgumentException)
            {
                encoding = Encoding.UTF8;
            }

            return encoding.GetString(bytes.ToArray());
        }
    }

    private sealed class Card(int line)
    {
        private readonly List<string> emails = [];
        private readonly List<string> urls = [];
        private readonly List<string> categories = [];
        private string? formattedName;
        private string? family;
        private string? given;
        private string? organization;
        private string? title;
        private string? note;

        public int Line { get; } = line;

        public string? Problem { get; set; }

        public void Add(Property property)
        {
            switch (property.Name)
            {
                case "FN":
                    formattedName ??= Clean(Unescape(property.Value));
                    break;
                case "N":
                    var parts = SplitEscaped(property.Value, ';');
                    family ??= Clean(parts[0].Replace(',', ' '));
                    given ??= parts.Count > 1 ? Clean(parts[1].Replace(',', ' ')) : null;
                    break;
                case "EMAIL":
                    if (Clean(Unescape(property.Value)) is { } email && !emails.Contains(email, StringComparer.OrdinalIgnoreCase))
                    {
                        emails.Add(email);
                    }

                    break;
                case "ORG":
                    organization ??= Clean(SplitEscaped(property.Value, ';')[0]);
                    break;
                case "TITLE":
                    title ??= Clean(Unescape(property.Value));
                    break;
                case "URL" or "SOCIALPROFILE" or "X-SOCIALPROFILE":
                    // URI values are not escaped, but writers often escape the colon or comma anyway.
                    if (Clean(Unescape(property.Value)) is { } url && !urls.Contains(url, StringComparer.Ordinal))
                    {
                        urls.Add(url);
                    }

                    break;
                case "CATEGORIES":
                    foreach (var category in SplitEscaped(property.Value, ',').Select(Clean).OfType<string>())
                    {
                        if (!categories.Contains(category, StringComparer.OrdinalIgnoreCase))
                        {
                            categories.Add(category);
                        }
                    }

                    break;
                case "NOTE":
                    note ??= Clean(Unescape(property.Value));
                    break;
            }
        }

        public VCardContact? Finish()
        {
            if (Problem is not null)
            {
                return null;
            }

            var name = formattedName ?? Clean(string.Join(' ', new[] { given, family }.OfType<string>()));
            return name is null ? null : new VCardContact(Line, name, family, given, emails, organization, title, urls, categories, note);
        }

        private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}

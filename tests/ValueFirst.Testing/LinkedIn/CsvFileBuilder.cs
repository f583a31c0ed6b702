using System.Text;

namespace ValueFirst.Testing.LinkedIn;

/// <summary>
/// A CSV as LinkedIn writes its export files: a header, rows by column name (a column the header lacks is left out,
/// a column only the header has is written "extra"), raw lines for damage, a BOM and CRLF unless told otherwise, and
/// values with commas, quotes or line breaks quoted. Knows the line each row starts on, quoted line breaks included.
/// </summary>
public sealed class CsvFileBuilder(IReadOnlyList<string> header, string? preamble = null)
{
    private readonly List<object> rows = [];
    private IReadOnlyList<string> header = header;
    private bool bom = true;
    private string newline = "\r\n";

    public int Count => rows.Count;

    public CsvFileBuilder WithHeader(params string[] columns)
    {
        header = columns;
        return this;
    }

    public CsvFileBuilder WithoutBom()
    {
        bom = false;
        return this;
    }

    public CsvFileBuilder WithUnixLineEndings()
    {
        newline = "\n";
        return this;
    }

    public CsvFileBuilder Row(IReadOnlyDictionary<string, string> values)
    {
        rows.Add(values);
        return this;
    }

    public CsvFileBuilder Raw(string line)
    {
        rows.Add(line);
        return this;
    }

    /// <summary>The 1-based line the <paramref name="index"/>-th row starts on.</summary>
    public int LineOf(int index)
    {
        var line = PreambleLines() + 2;
        for (var i = 0; i < index; i++)
        {
            line += Format(rows[i]).Count(c => c == '\n') + 1;
        }

        return line;
    }

    public string BuildText()
    {
        var text = new StringBuilder();
        if (preamble is not null)
        {
            text.Append(preamble.ReplaceLineEndings(newline));
        }

        text.Append(string.Join(',', header.Select(Escape))).Append(newline);
        foreach (var row in rows)
        {
            // Line breaks inside a quoted value are written as given; only records end in the file's newline.
            text.Append(Format(row)).Append(newline);
        }

        return text.ToString();
    }

    public byte[] BuildBytes() => (bom ? Encoding.UTF8.GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(BuildText())).ToArray();

    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    private int PreambleLines() => preamble is null ? 0 : preamble.ReplaceLineEndings("\n").Count(c => c == '\n');

    private string Format(object row) =>
        row is IReadOnlyDictionary<string, string> values
            ? string.Join(',', header.Select(c => Escape(values.GetValueOrDefault(c, "extra"))))
            : (string)row;
}

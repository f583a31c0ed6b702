namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// Keeps exported text from running as a spreadsheet formula: imported LinkedIn data has carried
/// values like <c>=HYPERLINK(...)</c>. Applied to text cells only, so negative numbers stay numbers.
/// </summary>
public static class CsvCells
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Prefixes an apostrophe to text that a spreadsheet would read as a formula.</summary>
    public static string Text(string? value) =>
        string.IsNullOrEmpty(value) ? "" : Array.IndexOf(FormulaStarts, value[0]) >= 0 ? "'" + value : value;
}

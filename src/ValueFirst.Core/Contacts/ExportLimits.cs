namespace ValueFirst.Core.Contacts;

/// <summary>How much one import reads: rows per file (messages have their own, larger limit) and bytes per file in a ZIP.</summary>
public sealed record ExportLimits(int MaxRows = int.MaxValue, int MaxMessageRows = int.MaxValue, long MaxEntryBytes = long.MaxValue)
{
    public static ExportLimits None { get; } = new();
}

using System.Text;

namespace ValueFirst.Core.Content;

/// <summary>"[a, b]" or "{k: v}" that stops growing past <see cref="MaxLength"/> and then ends in "…".</summary>
internal sealed class BoundedText(char open)
{
    /// <summary>Longest text kept for a list or map.</summary>
    public const int MaxLength = 500;

    private readonly StringBuilder text = new(open.ToString());
    private bool first = true;

    public void Item(string value, string? mapValue = null)
    {
        Append(first ? "" : ", ");
        first = false;
        Append(value);
        if (mapValue is not null)
        {
            Append(": ");
            Append(mapValue);
        }
    }

    public string Close(char close)
    {
        Append(close.ToString());
        return text.Length <= MaxLength ? text.ToString() : string.Concat(text.ToString(0, MaxLength - 1), "…");
    }

    private void Append(string part)
    {
        var room = MaxLength + 1 - text.Length;
        if (room > 0)
        {
            text.Append(part.AsSpan(0, Math.Min(part.Length, room)));
        }
    }
}

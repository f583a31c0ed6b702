using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ValueFirst.Core.Content;

/// <summary>
/// Writes a string as a YAML scalar that every YAML reader (this app's, Hugo's, Jekyll's) reads back as exactly that
/// string: plain when nothing in it means something to YAML, double-quoted with escapes otherwise.
/// </summary>
public static partial class YamlScalar
{
    // Characters that start something other than a plain value (YAML 1.2, 7.3.3), or are not worth the risk.
    private const string IndicatorStarts = "-?:,[]{}#&*!|>'\"%@`";

    private const string FlowIndicators = ",[]{}:#";

    /// <summary>The value as a scalar; inside a flow list (<c>[a, b]</c>) flow indicators are quoted too.</summary>
    public static string Format(string value, bool inFlowList = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        return IsSafePlain(value, inFlowList) ? value : Quote(value);
    }

    private static bool IsSafePlain(string value, bool inFlowList) =>
        value.Length > 0
        && value == value.Trim()
        && !IndicatorStarts.Contains(value[0])
        && value[^1] != ':'
        && !value.Contains(": ", StringComparison.Ordinal)
        && !value.Contains(" #", StringComparison.Ordinal)
        && (!inFlowList || value.IndexOfAny(FlowIndicators.ToCharArray()) < 0)
        && value.All(IsPlainCharacter)
        && !HasLoneSurrogate(value)
        // Words and numbers other YAML readers turn into booleans, nulls, numbers or dates.
        && !SpecialWord().IsMatch(value)
        && !NumberLike().IsMatch(value);

    // Line breaks (NEL, LS, PS too), control characters, the BOM and non-characters are escaped; a pair of surrogates is one character.
    private static bool IsPlainCharacter(char c) =>
        char.IsSurrogate(c)
        || (c >= ' ' && (c < '\u007f' || c > '\u009f') && c is not ('\u00a0' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF'));

    private static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\0': text.Append("\\0"); break;
                case '\t': text.Append("\\t"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\u0085': text.Append("\\N"); break;
                case '\u2028': text.Append("\\L"); break;
                case '\u2029': text.Append("\\P"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        text.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        // Half a character cannot be stored in UTF-8: it becomes the replacement character.
                        text.Append('\uFFFD');
                    }
                    else if (c < ' ' || c is '\u007f' or '\uFEFF' or '\uFFFE' or '\uFFFF' || (c >= '\u0080' && c <= '\u009f'))
                    {
                        text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    private static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("^(?:true|false|yes|no|on|off|y|n|null|~)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpecialWord();

    [GeneratedRegex(@"^[-+.]?[0-9][0-9_.:eE+\-]*$|^[-+]?\.(?:inf|nan)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberLike();
}

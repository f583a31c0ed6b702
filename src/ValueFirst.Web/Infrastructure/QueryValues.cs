namespace ValueFirst.Web.Infrastructure;

/// <summary>Values a page reads from its query string, where a tampered or stale link must fall back to the default.</summary>
public static class QueryValues
{
    /// <summary>The named (any case) or numbered value of <typeparamref name="T"/>; null unless it is a defined one.</summary>
    public static T? Enum<T>(string? value) where T : struct, System.Enum =>
        System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) ? parsed : null;
}

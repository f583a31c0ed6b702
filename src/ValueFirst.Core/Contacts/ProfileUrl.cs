namespace ValueFirst.Core.Contacts;

/// <summary>
/// Puts a profile address into one canonical form, so the same person is matched whether the
/// address came from an export, a copy from the browser bar or a hand-typed edit.
/// Rules: <c>http</c> becomes <c>https</c>; the host is lower-case; LinkedIn hosts (including country
/// sub-domains such as <c>uk.linkedin.com</c>) become <c>www.linkedin.com</c>, the form LinkedIn's own
/// export uses, and other hosts lose a leading <c>www.</c>; LinkedIn paths are lower-case (their slugs are
/// case-insensitive); query, fragment, default port and trailing slash are dropped. An address without a
/// scheme (<c>linkedin.com/in/ana</c>) is read as https. Anything that is not http(s) is rejected.
/// </summary>
/// <example><c>HTTP://LinkedIn.com/in/Ana-Lima/?trk=x#top</c> → <c>https://www.linkedin.com/in/ana-lima</c></example>
public static class ProfileUrl
{
    private const string LinkedInHost = "www.linkedin.com";

    /// <summary>Returns the canonical form, or null when <paramref name="input"/> is empty or not an http(s) address.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var text = input.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            // "mailto:x" or "javascript:x" have a scheme without "//"; only bare host names get https.
            if (HasScheme(text))
            {
                return null;
            }

            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host)
            || !uri.Host.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        var path = uri.AbsolutePath.TrimEnd('/');
        if (host == "linkedin.com" || host.EndsWith(".linkedin.com", StringComparison.Ordinal))
        {
            host = LinkedInHost;
            path = path.ToLowerInvariant();
        }
        else if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        var port = uri.IsDefaultPort || uri.Port == 80 ? "" : ":" + uri.Port;
        return $"https://{host}{port}{path}";
    }

    /// <summary>True when <paramref name="input"/> is empty or can be normalised; forms use it for a clear message.</summary>
    public static bool IsValidOrEmpty(string? input) => string.IsNullOrWhiteSpace(input) || Normalize(input) is not null;

    private static bool HasScheme(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var before = text[..colon];
        // "example.com:8080/x" is a host with a port, not a scheme.
        return !before.Contains('.', StringComparison.Ordinal) && before.All(char.IsLetter);
    }
}

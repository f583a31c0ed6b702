using System.Globalization;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// A byte count in the words an upload message needs ("2 KB", "20 MB"): dividing by a megabyte alone
/// told a user with a small limit that "the most one upload takes is 0 MB".
/// </summary>
public static class ByteSize
{
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024:0.#} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024 / 1024:0.#} GB"),
    };
}

namespace ValueFirst.Core.Contacts;

/// <summary>
/// The CRC-32 a ZIP file stores for each entry (IEEE 802.3, as in zlib). <see cref="System.IO.Compression.ZipArchive"/>
/// does not check it, and stops reading an entry at the size its header states, so a damaged header would
/// otherwise pass as a shorter file.
/// </summary>
internal static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFF_FFFFu;
        foreach (var b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB8_8320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}

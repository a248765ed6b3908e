namespace TipLine.Application.Evidence.Office;

/// <summary>
/// The zip CRC-32 (reflected polynomial 0xEDB88320). System.IO.Compression stops inflating an entry at the size it
/// declares without saying so; comparing checksums is how a part that lies about its size is caught instead of being
/// copied truncated.
/// </summary>
internal sealed class ZipCrc32
{
    private static readonly uint[] Table = BuildTable();

    private uint state = 0xFFFFFFFFu;

    public uint Value => ~state;

    public void Append(ReadOnlySpan<byte> bytes)
    {
        foreach (var value in bytes)
        {
            state = Table[(state ^ value) & 0xFF] ^ (state >> 8);
        }
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (var index = 0u; index < table.Length; index++)
        {
            var entry = index;
            for (var bit = 0; bit < 8; bit++)
            {
                entry = (entry & 1) != 0 ? (entry >> 1) ^ 0xEDB88320u : entry >> 1;
            }

            table[index] = entry;
        }

        return table;
    }
}

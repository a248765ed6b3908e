using System.Text;

namespace TipLine.Browser.Tests.Journeys;

/// <summary>
/// Byte strings whose presence in traffic means a plaintext leaked: the value itself and its base64 forms. A value
/// base64-encoded inside a larger body shows one of three encodings depending on where it started modulo 3, so all
/// three are searched (standard and URL-safe alphabets).
/// </summary>
internal static class PlaintextNeedles
{
    public static IReadOnlyList<(string Label, byte[] Bytes)> For(string label, ReadOnlySpan<byte> value)
    {
        var needles = new List<(string, byte[])> { (label, value.ToArray()) };
        for (var skip = 0; skip < 3; skip++)
        {
            var aligned = value[skip..];
            aligned = aligned[..(aligned.Length / 3 * 3)];
            if (aligned.Length < 12)
            {
                continue; // too short to be a meaningful needle
            }

            var standard = Convert.ToBase64String(aligned);
            needles.Add(($"{label} (base64, shift {skip})", Encoding.ASCII.GetBytes(standard)));
            needles.Add(($"{label} (base64url, shift {skip})", Encoding.ASCII.GetBytes(standard.Replace('+', '-').Replace('/', '_'))));
        }

        return needles;
    }

    public static IReadOnlyList<(string Label, byte[] Bytes)> For(string label, string value) => For(label, Encoding.UTF8.GetBytes(value));
}

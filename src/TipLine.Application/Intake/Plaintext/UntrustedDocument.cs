using System.Text.Json;
using TipLine.Crypto.Age;
using TipLine.Crypto.Padding;

namespace TipLine.Application.Intake.Plaintext;

/// <summary>
/// A browser can seal anything that is an age file to the tip, so a document may not open or not parse. Staff must
/// still see the rest of the tip: such a document reads as null instead of failing the whole page.
/// </summary>
public static class UntrustedDocument
{
    public static T? TryOpen<T>(Func<T> open)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(open);
        try
        {
            return open();
        }
        catch (Exception ex) when (ex is AgeException or MalformedPaddingException or JsonException)
        {
            return null;
        }
    }
}

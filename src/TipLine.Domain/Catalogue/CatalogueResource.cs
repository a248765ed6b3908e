using System.Text;

namespace TipLine.Domain.Catalogue;

/// <summary>Opens a table embedded in this assembly (see the EmbeddedResource items of TipLine.Domain.csproj).</summary>
internal static class CatalogueResource
{
    public static TextReader Open(string resourceName)
    {
        var stream = typeof(CatalogueResource).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{resourceName}' is missing from TipLine.Domain.");
        return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
    }
}

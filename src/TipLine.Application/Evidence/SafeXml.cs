using System.Xml;

namespace TipLine.Application.Evidence;

/// <summary>The only way metadata XML is read: no DTDs (entity expansion), no external resolution, bounded size.</summary>
internal static class SafeXml
{
    /// <summary>Larger metadata XML is refused: nobody writes 16 MiB of document properties by accident.</summary>
    public const int MaxXmlBytes = 16 * 1024 * 1024;

    public static XmlReader Open(ReadOnlySpan<byte> xml) =>
        XmlReader.Create(
            new MemoryStream(xml.ToArray(), writable: false),
            new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = MaxXmlBytes,
                MaxCharactersFromEntities = 0,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                IgnoreWhitespace = true,
                CloseInput = true,
            });
}

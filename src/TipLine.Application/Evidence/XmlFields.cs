using System.Text;
using System.Xml;

namespace TipLine.Application.Evidence;

/// <summary>One metadata property of an XML vocabulary (XMP, OOXML document properties) and how to report it.</summary>
internal readonly record struct XmlField(string Namespace, string LocalName, MetadataKind Kind, string Field);

/// <summary>
/// Reports the text of known properties wherever they stand in a metadata document, as an element (its text, or its
/// list items joined, as XMP writes <c>rdf:Seq</c>) or as an attribute (XMP's short form).
/// </summary>
internal static class XmlFields
{
    /// <summary>Reads <paramref name="xml"/>; false when it is not well-formed (what was read before is still reported).</summary>
    public static bool Read(ReadOnlySpan<byte> xml, IReadOnlyList<XmlField> fields, FindingList findings)
    {
        using var reader = SafeXml.Open(xml);
        XmlField? open = null;
        var openDepth = 0;
        var text = new StringBuilder();
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        ReportAttributes(reader, fields, findings);
                        if (open is null && Find(fields, reader.NamespaceURI, reader.LocalName) is { } field && !reader.IsEmptyElement)
                        {
                            open = field;
                            openDepth = reader.Depth;
                            text.Clear();
                        }

                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when open is not null:
                        if (text.Length < 4096)
                        {
                            text.Append(text.Length > 0 ? "; " : "").Append(reader.Value.Trim());
                        }

                        break;
                    case XmlNodeType.EndElement when open is { } closing && reader.Depth == openDepth:
                        findings.Add(closing.Kind, closing.Field, text.ToString());
                        open = null;
                        break;
                }
            }

            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static void ReportAttributes(XmlReader reader, IReadOnlyList<XmlField> fields, FindingList findings)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            if (Find(fields, reader.NamespaceURI, reader.LocalName) is { } field)
            {
                findings.Add(field.Kind, field.Field, reader.Value);
            }
        }
        while (reader.MoveToNextAttribute());

        reader.MoveToElement();
    }

    private static XmlField? Find(IReadOnlyList<XmlField> fields, string ns, string localName)
    {
        foreach (var field in fields)
        {
            if (field.LocalName == localName && field.Namespace == ns)
            {
                return field;
            }
        }

        return null;
    }
}

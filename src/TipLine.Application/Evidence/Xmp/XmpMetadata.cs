namespace TipLine.Application.Evidence.Xmp;

/// <summary>Reads an XMP packet (embedded in JPEG, PNG and PDF) for the properties that say who, with what, when and where.</summary>
internal static class XmpMetadata
{
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Xmp = "http://ns.adobe.com/xap/1.0/";
    private const string XmpMm = "http://ns.adobe.com/xap/1.0/mm/";
    private const string Pdf = "http://ns.adobe.com/pdf/1.3/";
    private const string Tiff = "http://ns.adobe.com/tiff/1.0/";
    private const string Exif = "http://ns.adobe.com/exif/1.0/";
    private const string ExifEx = "http://cipa.jp/exif/1.0/";
    private const string Aux = "http://ns.adobe.com/exif/1.0/aux/";
    private const string Photoshop = "http://ns.adobe.com/photoshop/1.0/";
    private const string IptcCore = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";

    private static readonly XmlField[] Fields =
    [
        new(Dc, "creator", MetadataKind.Author, "XMP dc:creator"),
        new(Dc, "rights", MetadataKind.Author, "XMP dc:rights"),
        new(Dc, "title", MetadataKind.Other, "XMP dc:title"),
        new(Dc, "description", MetadataKind.Other, "XMP dc:description"),
        new(Xmp, "CreatorTool", MetadataKind.Software, "XMP xmp:CreatorTool"),
        new(Xmp, "CreateDate", MetadataKind.CreationDate, "XMP xmp:CreateDate"),
        new(Xmp, "ModifyDate", MetadataKind.CreationDate, "XMP xmp:ModifyDate"),
        new(Xmp, "MetadataDate", MetadataKind.CreationDate, "XMP xmp:MetadataDate"),
        new(XmpMm, "DocumentID", MetadataKind.Other, "XMP xmpMM:DocumentID"),
        new(XmpMm, "OriginalDocumentID", MetadataKind.Other, "XMP xmpMM:OriginalDocumentID"),
        new(XmpMm, "InstanceID", MetadataKind.Other, "XMP xmpMM:InstanceID"),
        new(Pdf, "Producer", MetadataKind.Software, "XMP pdf:Producer"),
        new(Pdf, "Author", MetadataKind.Author, "XMP pdf:Author"),
        new(Pdf, "Keywords", MetadataKind.Other, "XMP pdf:Keywords"),
        new(Tiff, "Make", MetadataKind.CameraModel, "XMP tiff:Make"),
        new(Tiff, "Model", MetadataKind.CameraModel, "XMP tiff:Model"),
        new(Tiff, "Artist", MetadataKind.Author, "XMP tiff:Artist"),
        new(Tiff, "Software", MetadataKind.Software, "XMP tiff:Software"),
        new(Tiff, "DateTime", MetadataKind.CreationDate, "XMP tiff:DateTime"),
        new(Exif, "GPSLatitude", MetadataKind.GpsPosition, "XMP exif:GPSLatitude"),
        new(Exif, "GPSLongitude", MetadataKind.GpsPosition, "XMP exif:GPSLongitude"),
        new(Exif, "DateTimeOriginal", MetadataKind.CreationDate, "XMP exif:DateTimeOriginal"),
        new(Exif, "DateTimeDigitized", MetadataKind.CreationDate, "XMP exif:DateTimeDigitized"),
        new(ExifEx, "BodySerialNumber", MetadataKind.CameraSerial, "XMP exifEX:BodySerialNumber"),
        new(ExifEx, "LensSerialNumber", MetadataKind.CameraSerial, "XMP exifEX:LensSerialNumber"),
        new(ExifEx, "CameraOwnerName", MetadataKind.Author, "XMP exifEX:CameraOwnerName"),
        new(Aux, "SerialNumber", MetadataKind.CameraSerial, "XMP aux:SerialNumber"),
        new(Aux, "LensSerialNumber", MetadataKind.CameraSerial, "XMP aux:LensSerialNumber"),
        new(Aux, "OwnerName", MetadataKind.Author, "XMP aux:OwnerName"),
        new(Photoshop, "DateCreated", MetadataKind.CreationDate, "XMP photoshop:DateCreated"),
        new(Photoshop, "AuthorsPosition", MetadataKind.Author, "XMP photoshop:AuthorsPosition"),
        new(Photoshop, "City", MetadataKind.Other, "XMP photoshop:City"),
        new(Photoshop, "State", MetadataKind.Other, "XMP photoshop:State"),
        new(Photoshop, "Country", MetadataKind.Other, "XMP photoshop:Country"),
        new(IptcCore, "Location", MetadataKind.Other, "XMP Iptc4xmpCore:Location"),
        new(IptcCore, "CreatorContactInfo", MetadataKind.Author, "XMP Iptc4xmpCore:CreatorContactInfo"),
    ];

    public static void Read(ReadOnlySpan<byte> packet, FindingList findings)
    {
        findings.AddSize(MetadataKind.Other, "XMP packet", packet.Length);
        if (!XmlFields.Read(packet, Fields, findings))
        {
            findings.Add(MetadataKind.Other, "XMP packet", "malformed; read only in part");
        }
    }
}

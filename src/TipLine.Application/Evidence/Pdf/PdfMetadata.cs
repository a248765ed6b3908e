using TipLine.Application.Evidence.Xmp;

namespace TipLine.Application.Evidence.Pdf;

/// <summary>
/// PDF: the document information dictionaries the trailers point to, and uncompressed XMP packets. The sanitised copy
/// is the same file with those values overwritten by spaces inside their delimiters: no byte moves, so the
/// cross-reference table stays valid. What sits in compressed streams cannot be seen here, and is said so instead.
/// </summary>
internal static class PdfMetadata
{
    public const string Format = "pdf";

    public const string MayBeCompressed = "metadata may be compressed; not inspected";

    /// <summary>Distinct /Info references followed: a file has one per incremental update, and few have many.</summary>
    private const int MaxInfoReferences = 32;

    /// <summary>Definitions of Info dictionaries and of the strings they point to that are read, in all.</summary>
    private const int MaxDefinitionsRead = 64;

    /// <summary>How far a definition is read: an Info dictionary or string longer than this is not a real one.</summary>
    private const int MaxDefinitionLength = 1024 * 1024;

    /// <summary>XMP packets parsed for the report; every packet is blanked whatever their number.</summary>
    private const int MaxXmpPacketsRead = 16;

    /// <summary>Metadata stream dictionaries checked for a filter; more than this in one file is not a real document.</summary>
    private const int MaxMetadataStreams = 64;

    /// <summary>How far around "/Type /Metadata" its stream dictionary is looked for.</summary>
    private const int StreamDictionaryReach = 1024;

    private static readonly (string Key, MetadataKind Kind)[] InfoKeys =
    [
        ("Author", MetadataKind.Author),
        ("Creator", MetadataKind.Software),
        ("Producer", MetadataKind.Software),
        ("CreationDate", MetadataKind.CreationDate),
        ("ModDate", MetadataKind.CreationDate),
    ];

    private static readonly (byte[] Opener, byte[] Closer)[] XmpWrappers =
    [
        ("<x:xmpmeta"u8.ToArray(), "</x:xmpmeta>"u8.ToArray()),
        ("<x:xapmeta"u8.ToArray(), "</x:xapmeta>"u8.ToArray()),
    ];

    public static bool Matches(ReadOnlySpan<byte> file) => file[..Math.Min(file.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    public static FormatInspection Inspect(ReadOnlySpan<byte> file)
    {
        var scan = Scan(file);
        return new(Format, scan.Findings.Items, scan.ReasonNotSanitisable);
    }

    public static void WriteSanitised(ReadOnlySpan<byte> file, Stream output)
    {
        var copy = file.ToArray();
        foreach (var blank in Scan(file).Blanks)
        {
            blank.Blank(copy);
        }

        output.Write(copy);
    }

    private static PdfScan Scan(ReadOnlySpan<byte> file)
    {
        var scan = new PdfScan();
        if (Occurrences(file, "/Encrypt"u8, 1).Count > 0)
        {
            scan.Refuse("Encrypted PDF", "metadata not readable", "the PDF is encrypted, so its metadata cannot be read");
            return scan;
        }

        if (file.IndexOf("trailer"u8) < 0 && file.IndexOf("/XRef"u8) < 0)
        {
            scan.Refuse("PDF trailer", "missing; document information not inspected", "the PDF has no trailer (is it truncated?)");
        }

        ReadInformation(file, scan);
        ReadXmpPackets(file, scan);
        ReadMetadataStreamFilters(file, scan);
        return scan;
    }

    /// <summary>Each "/Info n g R" is followed to every "n g obj" holding it (incremental updates leave several).</summary>
    private static void ReadInformation(ReadOnlySpan<byte> file, PdfScan scan)
    {
        var references = new HashSet<PdfObjectId>();
        foreach (var at in Occurrences(file, "/Info"u8, int.MaxValue))
        {
            var position = PdfSyntax.SkipWhitespace(file, at + "/Info".Length);
            if (PdfSyntax.TryReadReference(file, ref position, out var id) && references.Add(id) && references.Count > MaxInfoReferences)
            {
                scan.Refuse("Document information", "referenced too many times; not inspected", "the document information is referenced too many times");
                return;
            }
        }

        var indirectValues = new List<(PdfObjectId Id, string Key)>();
        foreach (var (_, position) in Definitions(file, scan, references))
        {
            if (!ReadInformationDictionary(Definition(file, position), position, scan, indirectValues))
            {
                scan.Refuse("Document information", "unreadable", "the document information dictionary could not be read");
            }
        }

        // A value may be a reference to a string object ("/Author 9 0 R"): that string is metadata too.
        var keys = indirectValues.ToLookup(value => value.Id, value => value.Key);
        foreach (var (id, position) in Definitions(file, scan, keys.Select(key => key.Key)))
        {
            if (PdfSyntax.TryReadString(Definition(file, position), PdfSyntax.SkipWhitespace(file, position), out var text))
            {
                foreach (var key in keys[id])
                {
                    scan.Remove(file, text, key);
                }
            }
        }
    }

    /// <summary>
    /// Where each object is defined; an object never defined in plain text is in a compressed object stream. Past
    /// <see cref="MaxDefinitionsRead"/> definitions the file is refused rather than read on.
    /// </summary>
    private static List<(PdfObjectId Id, int Position)> Definitions(ReadOnlySpan<byte> file, PdfScan scan, IEnumerable<PdfObjectId> ids)
    {
        var wanted = ids.ToHashSet();
        var objects = ObjectPositions(file, wanted);
        var definitions = new List<(PdfObjectId, int)>();
        foreach (var id in wanted)
        {
            if (!objects.TryGetValue(id, out var positions))
            {
                scan.Refuse("Document information", MayBeCompressed, "the document information may be in a compressed object stream");
                continue;
            }

            foreach (var position in positions)
            {
                if (definitions.Count == MaxDefinitionsRead)
                {
                    scan.Refuse("Document information", "defined too many times; not inspected", "the document information is defined too many times");
                    return definitions;
                }

                definitions.Add((id, position));
            }
        }

        return definitions;
    }

    /// <summary>The file up to <see cref="MaxDefinitionLength"/> past a definition: a string that never closes ends there.</summary>
    private static ReadOnlySpan<byte> Definition(ReadOnlySpan<byte> file, int position) =>
        file[..(int)Math.Min(file.Length, (long)position + MaxDefinitionLength)];

    private static bool ReadInformationDictionary(ReadOnlySpan<byte> file, int position, PdfScan scan, List<(PdfObjectId, string)> indirectValues)
    {
        position = PdfSyntax.SkipWhitespace(file, position);
        if (!file[position..].StartsWith("<<"u8))
        {
            return false;
        }

        position += 2;
        while (true)
        {
            position = PdfSyntax.SkipWhitespace(file, position);
            if (position >= file.Length || file[position] != '/')
            {
                return file[position..].StartsWith(">>"u8);
            }

            var key = PdfSyntax.ReadName(file, ref position);
            position = PdfSyntax.SkipWhitespace(file, position);
            if (PdfSyntax.TryReadString(file, position, out var text))
            {
                scan.Remove(file, text, key);
                position = text.Start + text.Length + 1;
            }
            else if (PdfSyntax.TryReadReference(file, ref position, out var id))
            {
                indirectValues.Add((id, key));
            }
            else if (!PdfSyntax.TrySkipValue(file, ref position))
            {
                return false;
            }
        }
    }

    /// <summary>Where each wanted object's body starts (just past "n g obj"), found in one pass over the file.</summary>
    private static Dictionary<PdfObjectId, List<int>> ObjectPositions(ReadOnlySpan<byte> file, HashSet<PdfObjectId> wanted)
    {
        var positions = new Dictionary<PdfObjectId, List<int>>();
        if (wanted.Count == 0)
        {
            return positions;
        }

        foreach (var at in Occurrences(file, "obj"u8, int.MaxValue))
        {
            if (ObjectIdBefore(file, at) is { } id && wanted.Contains(id))
            {
                if (!positions.TryGetValue(id, out var list))
                {
                    positions[id] = list = [];
                }

                list.Add(at + "obj".Length);
            }
        }

        return positions;
    }

    /// <summary>Reads "n g" backwards from an "obj" keyword; null when the keyword is not preceded by them.</summary>
    private static PdfObjectId? ObjectIdBefore(ReadOnlySpan<byte> file, int objAt)
    {
        var end = objAt;
        if (!TryReadNumberBackwards(file, ref end, out var generation) || !TryReadNumberBackwards(file, ref end, out var number))
        {
            return null;
        }

        return end == 0 || PdfSyntax.IsWhitespace(file[end - 1]) || PdfSyntax.IsDelimiter(file[end - 1])
            ? new PdfObjectId(number, generation)
            : null;
    }

    /// <summary>Skips whitespace backwards from <paramref name="end"/>, then reads the digits before it.</summary>
    private static bool TryReadNumberBackwards(ReadOnlySpan<byte> file, ref int end, out int number)
    {
        number = 0;
        var digitsEnd = end;
        while (digitsEnd > 0 && PdfSyntax.IsWhitespace(file[digitsEnd - 1]))
        {
            digitsEnd--;
        }

        if (digitsEnd == end)
        {
            return false;
        }

        var digitsStart = digitsEnd;
        while (digitsStart > 0 && char.IsAsciiDigit((char)file[digitsStart - 1]) && digitsEnd - digitsStart < 9)
        {
            digitsStart--;
        }

        var position = digitsStart;
        end = digitsStart;
        return digitsStart < digitsEnd && PdfSyntax.TryReadNumber(file, ref position, out number) && position == digitsEnd;
    }

    /// <summary>Uncompressed XMP packets anywhere in the file: catalog and page metadata streams alike.</summary>
    private static void ReadXmpPackets(ReadOnlySpan<byte> file, PdfScan scan)
    {
        foreach (var (opener, closer) in XmpWrappers)
        {
            var position = 0;
            int found;
            while ((found = file[position..].IndexOf(opener)) >= 0)
            {
                var start = position + found;
                var length = file[start..].IndexOf(closer);
                if (length < 0)
                {
                    scan.Refuse("XMP packet", "not closed; not inspected", "an XMP packet is not closed");
                    break;
                }

                var packet = new PdfString(start, length + closer.Length, Hex: false);
                if (++scan.XmpPacketsRead <= MaxXmpPacketsRead)
                {
                    XmpMetadata.Read(file.Slice(packet.Start, packet.Length), scan.Findings);
                }

                scan.Blanks.Add(packet);
                position = packet.Start + packet.Length;
            }
        }
    }

    /// <summary>
    /// A metadata stream ("/Type /Metadata") with a /Filter is compressed XMP, which this reader cannot see: it is
    /// reported, and no copy is made that would pretend to be clean.
    /// </summary>
    private static void ReadMetadataStreamFilters(ReadOnlySpan<byte> file, PdfScan scan)
    {
        foreach (var at in Occurrences(file, "/Metadata"u8, int.MaxValue))
        {
            var typeEnd = at;
            while (typeEnd > 0 && PdfSyntax.IsWhitespace(file[typeEnd - 1]))
            {
                typeEnd--;
            }

            if (!file[..typeEnd].EndsWith("/Type"u8))
            {
                continue;
            }

            var before = file[Math.Max(0, at - StreamDictionaryReach)..at];
            var after = file[at..Math.Min(file.Length, at + StreamDictionaryReach)];
            var objectStart = before.LastIndexOf("obj"u8);
            var streamStart = after.IndexOf("stream"u8);
            var dictionary = file[(objectStart < 0 ? at : at - before.Length + objectStart)..(streamStart < 0 ? at + after.Length : at + streamStart)];
            if (dictionary.IndexOf("/Filter"u8) >= 0)
            {
                scan.Refuse("XMP metadata stream", MayBeCompressed, "an XMP metadata stream is compressed");
            }

            if (++scan.MetadataStreamsChecked == MaxMetadataStreams)
            {
                return;
            }
        }
    }

    /// <summary>Where <paramref name="token"/> stands as a whole token (not as the start of a longer name), at most <paramref name="limit"/>.</summary>
    private static List<int> Occurrences(ReadOnlySpan<byte> file, ReadOnlySpan<byte> token, int limit)
    {
        var found = new List<int>();
        var position = 0;
        int next;
        while (found.Count < limit && (next = file[position..].IndexOf(token)) >= 0)
        {
            var at = position + next;
            if (PdfSyntax.EndsTokenAt(file, at + token.Length))
            {
                found.Add(at);
            }

            position = at + token.Length;
        }

        return found;
    }

    /// <summary>The findings, the ranges to blank, and the first reason a clean copy cannot be promised.</summary>
    private sealed class PdfScan
    {
        public FindingList Findings { get; } = new();

        public List<PdfString> Blanks { get; } = [];

        public string? ReasonNotSanitisable { get; private set; }

        public int MetadataStreamsChecked { get; set; }

        public int XmpPacketsRead { get; set; }

        public void Refuse(string field, string finding, string reason)
        {
            Findings.Add(MetadataKind.Other, field, finding);
            ReasonNotSanitisable ??= reason;
        }

        public void Remove(ReadOnlySpan<byte> file, PdfString text, string key)
        {
            var kind = Array.Find(InfoKeys, entry => entry.Key == key) is { Key: not null } known ? known.Kind : MetadataKind.Other;
            Findings.Add(kind, $"PDF Info /{key}", PdfSyntax.Decode(file, text));
            Blanks.Add(text);
        }
    }
}

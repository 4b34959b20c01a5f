using System.Globalization;
using ConformanceHarness.Dicom;

namespace ConformanceHarness.Cli.Commands.Dicom.Dump;

/// <summary>
/// Writes one DICOM file the way dcmdump does: the file meta information, then the data set, one line per
/// element <c>(gggg,eeee) VR value # length, VM Keyword</c>; items and their contents indented two spaces
/// per level, with the delimitation items a file encoded with undefined lengths.
/// </summary>
public sealed class DumpWriter(TextWriter output, DumpValueFormatter values)
{
    private const int ValueWidth = 40;
    private const string UndefinedLength = "u/l";

    public void Write(string path, DicomFile file)
    {
        output.WriteLine($"# File: {path}");
        output.WriteLine("# Dicom-Meta-Information-Header");
        output.WriteLine($"# Used TransferSyntax: {TransferSyntax.ExplicitVRLittleEndian.Name}");
        WriteDataset(file.FileMetaInformation, 0, new EncodedLengths(explicitVR: true));
        output.WriteLine();
        output.WriteLine("# Dicom-Data-Set");
        output.WriteLine($"# Used TransferSyntax: {file.TransferSyntax.Name}");
        WriteDataset(file.Dataset, 0, new EncodedLengths(file.TransferSyntax.IsExplicitVR));
    }

    private void WriteDataset(DicomDataset dataset, int depth, EncodedLengths lengths)
    {
        foreach (var item in dataset)
        {
            if (item is DicomElement element)
                WriteLine(depth, element.Tag, element.VR.Code, values.Format(dataset, element), Number(element.Length),
                    DumpValueFormatter.Multiplicity(dataset, element), Keyword(dataset, element.Tag));
            else if (item is DicomSequence sequence) WriteSequence(dataset, sequence, depth, lengths);
            else if (item is DicomFragmentSequence fragments) WriteFragments(dataset, fragments, depth);
        }
    }

    private void WriteSequence(DicomDataset dataset, DicomSequence sequence, int depth, EncodedLengths lengths)
    {
        var length = sequence.IsUndefinedLength ? UndefinedLength : Number(lengths.OfSequenceContent(sequence));
        WriteLine(depth, sequence.Tag, "SQ", $"(Sequence with {Kind(sequence.IsUndefinedLength)} length #={sequence.Items.Count})",
            length, 1, Keyword(dataset, sequence.Tag));
        foreach (var item in sequence.Items)
        {
            var itemLength = sequence.ItemsUndefinedLength ? UndefinedLength : Number(lengths.OfItem(item));
            WriteLine(depth + 1, DicomTag.Item, "na", $"(Item with {Kind(sequence.ItemsUndefinedLength)} length #={item.Count})",
                itemLength, 1, "Item");
            WriteDataset(item, depth + 2, lengths);
            if (sequence.ItemsUndefinedLength) WriteDelimiter(depth + 1, DicomTag.ItemDelimitationItem, "ItemDelimitationItem");
        }
        if (sequence.IsUndefinedLength) WriteDelimiter(depth, DicomTag.SequenceDelimitationItem, "SequenceDelimitationItem");
    }

    private void WriteFragments(DicomDataset dataset, DicomFragmentSequence fragments, int depth)
    {
        WriteLine(depth, fragments.Tag, fragments.VR.Code, $"(PixelSequence #={fragments.Fragments.Count + 1})", UndefinedLength, 1,
            Keyword(dataset, fragments.Tag));
        WriteLine(depth + 1, DicomTag.Item, "pi", values.FormatOffsets(fragments.OffsetTable), Number(4L * fragments.OffsetTable.Count),
            1, "Item");
        foreach (var fragment in fragments.Fragments)
            WriteLine(depth + 1, DicomTag.Item, "pi", values.FormatBytes(fragment.Data), Number(fragment.Length), 1, "Item");
        WriteDelimiter(depth, DicomTag.SequenceDelimitationItem, "SequenceDelimitationItem");
    }

    private void WriteDelimiter(int depth, DicomTag tag, string keyword) =>
        WriteLine(depth, tag, "na", $"({keyword})", "0", 0, keyword);

    private void WriteLine(int depth, DicomTag tag, string vr, string value, string length, int multiplicity, string keyword) =>
        output.WriteLine($"{new string(' ', 2 * depth)}{tag} {vr} {value,-ValueWidth} # {length,4}, {multiplicity} {keyword}");

    /// <summary>The dictionary keyword (private ones by their creator), or dcmdump's "Unknown Tag &amp; Data".</summary>
    private static string Keyword(DicomDataset dataset, DicomTag tag) =>
        DicomDictionary.Lookup(tag, dataset.GetPrivateCreator(tag))?.Keyword is { Length: > 0 } keyword ? keyword : "Unknown Tag & Data";

    private static string Kind(bool undefinedLength) => undefinedLength ? "undefined" : "explicit";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text;
using ConformanceHarness.Dicom;

namespace ConformanceHarness.Cli.Commands.Dicom.Dump;

/// <summary>
/// The value column of a dump line, as dcmdump writes it: text in brackets, numbers and tags bare and
/// backslash-separated, OB/OW/UN in hex, "(no value available)" when empty. Cut at
/// <c>maxLength</c> characters with "..." unless that is null; only as many values as fit are decoded.
/// </summary>
public sealed class DumpValueFormatter(int? maxLength)
{
    public const string NoValue = "(no value available)";

    public string Format(DicomDataset dataset, DicomElement element)
    {
        if (element.Length == 0) return NoValue;
        return element.VR.IsString ? FormatText(dataset.GetString(element.Tag)) : FormatBinary(element);
    }

    /// <summary>Fragments and Basic Offset Table entries: bytes in hex.</summary>
    public string FormatBytes(ReadOnlyMemory<byte> bytes) =>
        bytes.Length == 0 ? NoValue : Join(bytes.Length, i => bytes.Span[i].ToString("x2", CultureInfo.InvariantCulture));

    /// <summary>Basic Offset Table entries: byte offsets in decimal.</summary>
    public string FormatOffsets(IReadOnlyList<uint> offsets) =>
        offsets.Count == 0 ? NoValue : Join(offsets.Count, i => offsets[i].ToString(CultureInfo.InvariantCulture));

    /// <summary>Number of values: backslash-separated strings, fixed-size numbers; 1 for OB, OW and the other bulk VRs.</summary>
    public static int Multiplicity(DicomDataset dataset, DicomElement element)
    {
        if (element.Length == 0) return 0;
        if (element.VR.Kind == DicomVRKind.Bulk) return 1;
        if (!element.VR.IsString) return (int)(element.Length / BinaryValues.UnitOf(element.VR));
        var text = dataset.GetString(element.Tag);
        return text.Length == 0 ? 0 : element.VR.IsMultiValued ? text.Count(c => c == '\\') + 1 : 1;
    }

    private string FormatText(string text)
    {
        var printable = string.Concat(text.Select(c => char.IsControl(c) ? '.' : c));
        return "[" + Cut(printable) + "]";
    }

    private string FormatBinary(DicomElement element)
    {
        var bytes = element.InByteOrder(false).Bytes;
        var unit = BinaryValues.UnitOf(element.VR);
        return Join(bytes.Length / unit, i => BinaryValues.Format(element.VR, bytes.Span.Slice(i * unit, unit)));
    }

    private string Join(int count, Func<int, string> valueAt)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count && (maxLength is null || text.Length <= maxLength); i++)
            text.Append(i == 0 ? "" : "\\").Append(valueAt(i));
        return Cut(text.ToString());
    }

    private string Cut(string text) => maxLength is { } max && text.Length > max ? text[..max] + "..." : text;
}

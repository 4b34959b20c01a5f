using System.Text;

namespace ConformanceHarness.Dicom.Network.Tests.Interop;

/// <summary>
/// Two data sets compared element by element: the same tags, and for each the same VR and the same value bytes. Binary
/// values are compared in little endian order, so a data set read from Explicit VR Big Endian equals its little endian
/// copy; sequences are compared item by item, encapsulated pixel data offset table and fragment by fragment.
/// <c>compareVR: false</c> when either side came in an implicit VR syntax (its VRs are the dictionary's, not the
/// sender's); <c>ignoreGroupLengths</c> when a peer may add or drop (gggg,0000) elements.
/// </summary>
internal static class DatasetComparison
{
    /// <summary>Fails naming every difference ("expected …, but received …") unless the data sets are identical.</summary>
    public static void AssertIdentical(DicomDataset sent, DicomDataset received, string what, bool compareVR = true, bool ignoreGroupLengths = false)
    {
        var differences = Differences(sent, received, compareVR, ignoreGroupLengths);
        Assert.True(differences.Count == 0, $"{what}: {differences.Count} element(s) differ:\n{string.Join('\n', differences.Take(20))}");
        Assert.NotEqual(0, received.Count);
    }

    /// <summary>Each difference as "(gggg,eeee) Keyword: expected …, but received …"; empty when identical.</summary>
    public static IReadOnlyList<string> Differences(DicomDataset expected, DicomDataset actual, bool compareVR = true,
        bool ignoreGroupLengths = false, string path = "")
    {
        var found = new List<string>();
        var tags = expected.Select(item => item.Tag).Union(actual.Select(item => item.Tag)).Where(tag => !(ignoreGroupLengths && tag.IsGroupLength));
        foreach (var tag in tags.Order())
        {
            var name = $"{path}{tag} {DicomDictionary.Lookup(tag)?.Keyword}".TrimEnd();
            if (!expected.TryGetItem(tag, out var sent)) found.Add($"{name}: expected no element, but received {actual.GetItem(tag)}");
            else if (!actual.TryGetItem(tag, out var received)) found.Add($"{name}: expected {sent}, but received no element");
            else found.AddRange(Compare(sent, received, name, compareVR, ignoreGroupLengths));
        }
        return found;
    }

    private static IEnumerable<string> Compare(DicomItem expected, DicomItem actual, string name, bool compareVR, bool ignoreGroupLengths) =>
        (expected, actual) switch
    {
        _ when compareVR && expected.VR != actual.VR => [$"{name}: expected VR {expected.VR}, but received VR {actual.VR}"],
        (DicomElement sent, DicomElement received) => CompareValues(Value(sent), Value(received), name),
        (DicomSequence sent, DicomSequence received) => CompareItems(sent, received, name, compareVR, ignoreGroupLengths),
        (DicomFragmentSequence sent, DicomFragmentSequence received) => CompareFragments(sent, received, name),
        _ => [$"{name}: expected {expected}, but received {actual}"],
    };

    private static IEnumerable<string> CompareItems(DicomSequence expected, DicomSequence actual, string name, bool compareVR, bool ignoreGroupLengths) =>
        expected.Items.Count != actual.Items.Count
            ? [$"{name}: expected {expected.Items.Count} item(s), but received {actual.Items.Count}"]
            : expected.Items.Zip(actual.Items).SelectMany((pair, index) =>
                Differences(pair.First, pair.Second, compareVR, ignoreGroupLengths, $"{name}[{index}]."));

    private static IEnumerable<string> CompareFragments(DicomFragmentSequence expected, DicomFragmentSequence actual, string name)
    {
        if (!expected.OffsetTable.SequenceEqual(actual.OffsetTable))
            return [$"{name}: expected Basic Offset Table [{string.Join(", ", expected.OffsetTable)}], but received [{string.Join(", ", actual.OffsetTable)}]"];
        if (expected.Fragments.Count != actual.Fragments.Count)
            return [$"{name}: expected {expected.Fragments.Count} fragment(s), but received {actual.Fragments.Count}"];
        return expected.Fragments.Zip(actual.Fragments).SelectMany((pair, index) => CompareValues(pair.First.Data, pair.Second.Data, $"{name} fragment {index}"));
    }

    private static IEnumerable<string> CompareValues(ReadOnlyMemory<byte> expected, ReadOnlyMemory<byte> actual, string name) =>
        expected.Span.SequenceEqual(actual.Span) ? [] : [$"{name}: expected {Show(expected)}, but received {Show(actual)}"];

    private static ReadOnlyMemory<byte> Value(DicomElement element) => element.InByteOrder(bigEndian: false).Bytes;

    /// <summary>Length and the first bytes, as text when printable.</summary>
    private static string Show(ReadOnlyMemory<byte> value)
    {
        var head = value.Span[..Math.Min(value.Length, 32)];
        var printable = head.ToArray().All(b => b is >= 0x20 and < 0x7F);
        var shown = printable ? $"\"{Encoding.ASCII.GetString(head)}\"" : Convert.ToHexString(head);
        return $"{value.Length} bytes {shown}{(value.Length > head.Length ? "…" : "")}";
    }
}

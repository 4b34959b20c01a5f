namespace ConformanceHarness.Dicom.Network.Tests.Interop;

/// <summary>
/// Two data sets compared element by element: the same tags, the same VRs (when both came in an explicit VR syntax),
/// the same value bytes (in little endian order, whatever syntax each came in), sequences item by item, encapsulated
/// pixel data fragment by fragment. Group lengths (gggg,0000) are left out: a sender may add or drop them.
/// </summary>
internal static class DatasetComparison
{
    /// <summary>Each difference as "path: what", e.g. "(0010,0010): value 'DOE^JANE' became 'DOE^JOHN'"; none when identical.</summary>
    public static IReadOnlyList<string> Differences(DicomDataset expected, DicomDataset actual, bool compareVR, string path = "")
    {
        var differences = new List<string>();
        var tags = expected.Select(item => item.Tag).Union(actual.Select(item => item.Tag)).Where(tag => !tag.IsGroupLength).Order();
        foreach (var tag in tags)
        {
            var at = $"{path}{tag}";
            if (!expected.TryGetItem(tag, out var sent)) differences.Add($"{at}: not sent, but received");
            else if (!actual.TryGetItem(tag, out var received)) differences.Add($"{at}: sent, but not received");
            else differences.AddRange(Compare(sent, received, compareVR, at));
        }
        return differences;
    }

    /// <summary>Asserts there is no difference, listing the first ones when there are.</summary>
    public static void AssertIdentical(DicomDataset expected, DicomDataset actual, bool compareVR, string what)
    {
        var differences = Differences(expected, actual, compareVR);
        Assert.True(differences.Count == 0, $"{what}: {differences.Count} elements differ: {string.Join("; ", differences.Take(10))}");
    }

    private static IEnumerable<string> Compare(DicomItem sent, DicomItem received, bool compareVR, string at)
    {
        if (compareVR && sent.VR != received.VR) return [$"{at}: VR {sent.VR} became {received.VR}"];
        return (sent, received) switch
        {
            (DicomElement a, DicomElement b) => a.InByteOrder(false).Bytes.Span.SequenceEqual(b.InByteOrder(false).Bytes.Span) ? [] : [$"{at}: value {Show(a)} became {Show(b)}"],
            (DicomSequence a, DicomSequence b) => a.Items.Count != b.Items.Count ? [$"{at}: {a.Items.Count} items became {b.Items.Count}"]
                : a.Items.Zip(b.Items).SelectMany((pair, index) => Differences(pair.First, pair.Second, compareVR, $"{at}[{index}]")),
            (DicomFragmentSequence a, DicomFragmentSequence b) => a.Fragments.Count == b.Fragments.Count
                && a.Fragments.Zip(b.Fragments).All(pair => pair.First.Data.Span.SequenceEqual(pair.Second.Data.Span)) ? [] : [$"{at}: encapsulated fragments differ"],
            _ => [$"{at}: {sent.GetType().Name} became {received.GetType().Name}"],
        };
    }

    private static string Show(DicomElement element) =>
        element.VR.IsString && element.Length <= 64 ? $"'{System.Text.Encoding.Latin1.GetString(element.Bytes.Span)}'" : $"({element.Length} bytes)";
}

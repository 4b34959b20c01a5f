using ConformanceHarness.Dicom.IO;

namespace ConformanceHarness.Dicom.Tests.Helpers;

/// <summary>
/// Two data sets hold the same content: same tags, same values once in little endian and padded to even
/// length, same sequence and fragment structure. Group lengths are ignored (they depend on the encoding);
/// VRs are compared unless one side was read in implicit VR.
/// </summary>
public static class DatasetAssert
{
    public static void Equal(DicomDataset expected, DicomDataset actual, bool compareVR = true, string path = "")
    {
        var left = expected.Where(item => !item.Tag.IsGroupLength).ToList();
        var right = actual.Where(item => !item.Tag.IsGroupLength).ToList();
        Assert.Equal(left.Select(item => item.Tag).ToList(), right.Select(item => item.Tag).ToList());
        foreach (var (a, b) in left.Zip(right)) ItemEqual(a, b, compareVR, $"{path}{a.Tag}");
    }

    private static void ItemEqual(DicomItem expected, DicomItem actual, bool compareVR, string path)
    {
        if (compareVR && expected.VR != DicomVR.UN && actual.VR != DicomVR.UN) Assert.True(expected.VR == actual.VR, $"{path}: VR {expected.VR} vs {actual.VR}");
        switch (expected)
        {
            case DicomElement element:
                Assert.True(actual is DicomElement, $"{path}: element vs {actual.GetType().Name}");
                Assert.True(Normalized(element).SequenceEqual(Normalized((DicomElement)actual)), $"{path}: values differ");
                break;
            case DicomSequence sequence:
                var other = Assert.IsType<DicomSequence>(actual);
                Assert.True(sequence.Items.Count == other.Items.Count, $"{path}: {sequence.Items.Count} vs {other.Items.Count} items");
                for (var i = 0; i < sequence.Items.Count; i++) Equal(sequence.Items[i], other.Items[i], compareVR, $"{path}[{i}]/");
                break;
            case DicomFragmentSequence fragments:
                var otherFragments = Assert.IsType<DicomFragmentSequence>(actual);
                Assert.Equal(fragments.OffsetTable, otherFragments.OffsetTable);
                Assert.Equal(fragments.Fragments.Select(f => Padded(f.Data.ToArray())), otherFragments.Fragments.Select(f => Padded(f.Data.ToArray())));
                break;
        }
    }

    private static byte[] Normalized(DicomElement element) => Padded(element.InByteOrder(false).Bytes.ToArray(), element.VR.Padding);

    private static byte[] Padded(byte[] bytes, byte padding = 0) => bytes.Length % 2 == 0 ? bytes : [.. bytes, padding];
}

using ConformanceHarness.Dicom.Tests.Helpers;

namespace ConformanceHarness.Dicom.Tests.Json;

/// <summary>
/// A data set read back from DICOM JSON equals the original as far as the JSON Model can carry it: values of
/// VRs under the Specific Character Set compare as decoded text (the encoder may choose other escape sequences
/// for the same characters, e.g. ESC ( J for ESC ( B under ISO 2022 IR 13), a Person Name without trailing empty
/// component groups (F.2.2 has no form for them); group lengths are not written; everything else compares as <see cref="DatasetAssert"/> does.
/// </summary>
public static class JsonRoundTripAssert
{
    public static void Equal(DicomDataset expected, DicomDataset actual, string path = "")
    {
        var items = expected.Where(item => !item.Tag.IsGroupLength).ToList();
        Assert.Equal(items.Select(item => item.Tag), actual.Select(item => item.Tag));
        foreach (var item in items)
        {
            var other = actual.GetItem(item.Tag);
            if (item is DicomSequence sequence)
            {
                var readBack = Assert.IsType<DicomSequence>(other).Items;
                Assert.Equal(sequence.Items.Count, readBack.Count);
                for (var i = 0; i < readBack.Count; i++) Equal(sequence.Items[i], readBack[i], $"{path}{item.Tag}[{i}]/");
            }
            else if (item.VR.CharacterSetApplies)
                Assert.True(Text(expected, item) == Text(actual, other), $"{path}{item.Tag}: '{Text(expected, item)}' vs '{Text(actual, other)}'");
            else
                DatasetAssert.Equal(new DicomDataset(item), new DicomDataset(other), path: path);
        }
    }

    private static string Text(DicomDataset dataset, DicomItem item) =>
        item.VR == DicomVR.PN ? dataset.GetString(item.Tag).TrimEnd('=', '^') : dataset.GetString(item.Tag);
}

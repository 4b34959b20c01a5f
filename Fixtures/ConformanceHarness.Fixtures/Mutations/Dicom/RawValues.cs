using System.Text;

using ConformanceHarness.Dicom;

namespace ConformanceHarness.Fixtures.Mutations.Dicom;

/// <summary>
/// Values written as bytes, past the data set's VR-checked setters: a mutation must be able to write what a careless
/// sender writes (a leading-zero UID component, a space-padded UI, a UTF-8 name under the default repertoire).
/// </summary>
internal static class RawValues
{
    /// <summary>Sets <paramref name="tag"/> to <paramref name="text"/>'s UTF-8 bytes, padded to even length with <paramref name="padding"/>.</summary>
    public static void SetRaw(this DicomDataset dataset, DicomTag tag, DicomVR vr, string text, byte? padding = null)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length % 2 == 1) bytes = [.. bytes, padding ?? vr.Padding];
        dataset.AddOrUpdate(new DicomElement(tag, vr, bytes));
    }

    /// <summary>Sets <paramref name="tag"/> to its dictionary VR with no value (a Type 2 attribute sent empty).</summary>
    public static void SetEmpty(this DicomDataset dataset, DicomTag tag) =>
        dataset.AddOrUpdate(new DicomElement(tag, DicomDictionary.Lookup(tag)?.DefaultVR ?? DicomVR.UN, Array.Empty<byte>()));
}

using System.Text;

namespace ConformanceHarness.Dicom.Network.Tests.QueryRetrieve;

/// <summary>Query identifiers from (keyword, text) pairs, the text written as it is: range and wild card keys are not
/// values the VR rules of a data set accept, and an empty text is a universal key.</summary>
internal static class Identifiers
{
    public static DicomDataset Of(params (string Keyword, string Value)[] keys)
    {
        var identifier = new DicomDataset();
        foreach (var (keyword, value) in keys)
        {
            var entry = DicomDictionary.TryLookup(keyword, out var found) ? found : throw new ArgumentException($"no keyword {keyword}", nameof(keys));
            var padded = value.Length % 2 == 0 ? value : value + (entry.DefaultVR == DicomVR.UI ? "\0" : " ");
            identifier.AddOrUpdate(new DicomElement(entry.Tag, entry.DefaultVR, Encoding.ASCII.GetBytes(padded)));
        }
        return identifier;
    }
}

using ConformanceHarness.Dicom;

namespace ConformanceHarness.Fixtures.Dicom;

/// <summary>The folder layout of a PACS export: <c>folder/PatientID/StudyInstanceUID/SeriesInstanceUID/SOPInstanceUID.dcm</c>.</summary>
public static class PacsTree
{
    /// <summary>Where <paramref name="file"/> goes below <paramref name="folder"/>, from its own Patient ID and UIDs.</summary>
    public static string PathOf(string folder, DicomFile file)
    {
        var dataset = file.Dataset;
        return Path.Combine(folder, Segment(dataset, DicomTags.PatientID), Segment(dataset, DicomTags.StudyInstanceUID),
            Segment(dataset, DicomTags.SeriesInstanceUID), Segment(dataset, DicomTags.SOPInstanceUID) + ".dcm");
    }

    /// <summary>Writes <paramref name="file"/> at <see cref="PathOf"/> (folders created) and returns the path.</summary>
    public static string Write(string folder, DicomFile file)
    {
        var path = PathOf(folder, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        file.Save(path);
        return path;
    }

    /// <summary>A value usable as one path segment: an absent value or one with path characters becomes a placeholder, so
    /// a broken (mutated) instance still lands inside the tree.</summary>
    private static string Segment(DicomDataset dataset, DicomTag tag)
    {
        var value = dataset.TryGetString(tag, out var text) ? text.Trim() : "";
        return value.Length == 0 || value.IndexOfAny(['/', '\\', '\0']) >= 0 || value is "." or ".." ? $"no-{tag.Group:X4}{tag.Element:X4}" : value;
    }
}

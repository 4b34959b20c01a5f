using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Dicom.Tests.Helpers;

/// <summary>The shared corpus of public DICOM files (shared/corpus/dicom/public beside the repository).</summary>
public static class DicomCorpus
{
    private const string Absent = "(corpus absent)";

    public static string Folder => RepositoryRoot.DicomCorpus;

    /// <summary>
    /// Files whose encoding is canonical: writing them back in their own syntax gives the same bytes. Not here:
    /// rtplan.dcm (meta SOP Instance UID differs from the data set's), MR_small_padded.dcm, image_dfl.dcm (deflate
    /// output differs), no_meta_group_length.dcm, nested_priv_SQ.dcm (UN sequences) and SC_rgb_jpeg.dcm (implicit data set in an explicit syntax).
    /// </summary>
    public static readonly string[] Canonical =
        ["CT_small.dcm", "MR_small.dcm", "MR_small_implicit.dcm", "MR_small_bigendian.dcm", "ExplVR_BigEnd.dcm", "test-SR.dcm", "examples_palette.dcm", "SC_rgb_rle.dcm"];

    public static TheoryData<string> Files()
    {
        var names = Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.dcm").Select(Path.GetFileName).Order().ToList() : [];
        return names.Count == 0 ? new TheoryData<string>(Absent) : new TheoryData<string>(names!);
    }

    public static TheoryData<string> CanonicalFiles() => new(Canonical);

    /// <summary>The file's path; skips (fails under CI=true) when the corpus is not there.</summary>
    public static string Require(string name)
    {
        var path = Path.Combine(Folder, name);
        ExternalTool.Require(name != Absent && File.Exists(path), $"DICOM corpus file {path} is absent");
        return path;
    }
}

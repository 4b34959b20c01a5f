using System.Text.Json.Serialization;

using ConformanceHarness.Dicom;
using ConformanceHarness.Fixtures.Orders;
using ConformanceHarness.Fixtures.Practitioners;

namespace ConformanceHarness.Fixtures.Dicom;

/// <summary>
/// The DICOM study that fulfils an order, in memory: its series and one <see cref="DicomFile"/> per image (Explicit VR
/// Little Endian). With <see cref="WithPixels"/> false the images keep every Image Pixel attribute but have no Pixel Data
/// (7FE0,0010): handy for header-only tests and fast archives, but such images are <b>not</b> conformant to their IOD
/// (dciodvfy reports the missing Type 1C Pixel Data), so use pixels whenever conformance is what is being tested.
/// </summary>
public sealed class SyntheticStudy
{
    internal SyntheticStudy(StudyHeader header, IReadOnlyList<SyntheticSeries> series, IReadOnlyList<DicomFile> dicomFiles)
    {
        Header = header;
        Series = series;
        DicomFiles = dicomFiles;
    }

    [JsonIgnore]
    public ImagingOrder Order => Header.Order;

    public string StudyInstanceUid => Header.StudyInstanceUid;

    public string StudyId => Header.StudyId;

    /// <summary>Study Date and Time (local time).</summary>
    public DateTime Performed => Header.Performed;

    public Practitioner Technologist => Header.Technologist;

    public IReadOnlyList<SyntheticSeries> Series { get; }

    [JsonIgnore]
    public IReadOnlyList<DicomFile> DicomFiles { get; }

    public bool WithPixels => Header.WithPixels;

    internal StudyHeader Header { get; }

    public int InstanceCount => DicomFiles.Count;

    /// <summary>
    /// Writes the study as a PACS-like tree, <c>folder/PatientID/StudyInstanceUID/SeriesInstanceUID/SOPInstanceUID.dcm</c>,
    /// and returns the paths in instance order.
    /// </summary>
    public IReadOnlyList<string> WriteTo(string folder) => [.. DicomFiles.Select(file => PacsTree.Write(folder, file))];
}

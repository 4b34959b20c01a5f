using System.Text.Json.Nodes;

using ConformanceHarness.Dicom;
using ConformanceHarness.Fixtures.Fhir;
using ConformanceHarness.Fixtures.Tests.Dicom;

namespace ConformanceHarness.Fixtures.Tests.Fhir;

/// <summary>The ImagingStudy says what the DICOM files say: read back from their PS3.10 bytes, not from the generator.</summary>
public sealed class ManifestTests
{
    [Theory]
    [MemberData(nameof(GeneratedStudies.ModalityData), MemberType = typeof(GeneratedStudies))]
    public void Manifest_AgreesWithTheDicomFiles(string modality)
    {
        var study = GeneratedStudies.Study(modality, seed: 21, withPixels: false, series: 3, instances: 2);
        var files = study.DicomFiles.Select(GeneratedStudies.ReadBack).Select(f => f.Dataset).ToList();

        var manifest = study.Manifest();

        var first = files[0];
        Assert.Equal("urn:oid:" + first.GetString(DicomTags.StudyInstanceUID), Identifier(manifest, "urn:dicom:uid"));
        Assert.Equal(first.GetString(DicomTags.AccessionNumber), Identifier(manifest, study.Order.Facility.AccessionSystemUri));
        Assert.Equal(files.Select(f => f.GetString(DicomTags.SeriesInstanceUID)).Distinct().Count(), (int)manifest["numberOfSeries"]!);
        Assert.Equal(files.Count, (int)manifest["numberOfInstances"]!);
        Assert.Equal(files.Select(f => f.GetString(DicomTags.Modality)).Distinct(), manifest["modality"]!.AsArray().Select(m => (string)m!["code"]!));
        var expected = files.Select(f => (f.GetString(DicomTags.SeriesInstanceUID), f.GetString(DicomTags.SOPInstanceUID), "urn:oid:" + f.GetString(DicomTags.SOPClassUID)));
        var described = manifest["series"]!.AsArray().SelectMany(s => s!["instance"]!.AsArray()
            .Select(i => ((string)s["uid"]!, (string)i!["uid"]!, (string)i["sopClass"]!["code"]!)));
        Assert.Equal(expected, described);
    }

    [Fact]
    public void Manifest_SeriesCounts_MatchTheirInstances()
    {
        var manifest = GeneratedStudies.Study("CT", series: 2, instances: 4, withPixels: false).Manifest();

        Assert.All(manifest["series"]!.AsArray(), s => Assert.Equal(s!["instance"]!.AsArray().Count, (int)s["numberOfInstances"]!));
    }

    private static string Identifier(JsonObject resource, string system) =>
        (string)resource["identifier"]!.AsArray().Single(i => (string?)i!["system"] == system)!["value"]!;
}

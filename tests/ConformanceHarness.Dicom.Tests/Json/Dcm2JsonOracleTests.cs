using System.Text.Json.Nodes;

using ConformanceHarness.Dicom.IO;
using ConformanceHarness.Dicom.Json;
using ConformanceHarness.Dicom.Tests.Helpers;
using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Dicom.Tests.Json;

/// <summary>
/// The oracle: every file of the public corpus reads without error, and our DICOM JSON equals DCMTK
/// dcm2json's after <see cref="Dcm2JsonNormalisation"/>. Files dcm2json cannot take as they are go
/// through the <see cref="Dcm2JsonMode"/> listed in <see cref="Modes"/>; there are no other exceptions.
/// </summary>
public sealed class Dcm2JsonOracleTests
{
    /// <summary>Files compared other than <see cref="Dcm2JsonMode.WholeFile"/>, with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, Dcm2JsonMode> Modes = new Dictionary<string, Dcm2JsonMode>
    {
        ["SC_rgb_rle.dcm"] = Dcm2JsonMode.PixelDataErased, // RLE Lossless: dcm2json exits 81 on encapsulated Pixel Data
        ["SC_rgb_jpeg.dcm"] = Dcm2JsonMode.ImplicitBodyPixelDataErased, // meta says JPEG Baseline, body is implicit VR: dcm2json exits 20
    };

    private static DicomJsonOptions Inline { get; } = new() { BulkDataThreshold = long.MaxValue };

    /// <summary>Every file of the corpus, sub-folders (charset/) included; one "(corpus absent)" row that skips when it is not there.</summary>
    public static TheoryData<string> CorpusFiles()
    {
        var files = Directory.Exists(DicomCorpus.Folder)
            ? Directory.EnumerateFiles(DicomCorpus.Folder, "*.dcm", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(DicomCorpus.Folder, file).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()
            : [];
        return files.Count == 0 ? new TheoryData<string>("(corpus absent)") : [.. files];
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task CorpusFile_WrittenAsJson_EqualsDcm2JsonAfterNormalisation(string file)
    {
        var path = DicomCorpus.Require(file);
        ExternalTool.Require(Dcm2Json.IsInstalled, "DCMTK dcm2json and dcmodify are not on PATH (apt-get install dcmtk)");
        var mode = Modes.GetValueOrDefault(file, Dcm2JsonMode.WholeFile);

        var theirs = Dcm2JsonNormalisation.ParseDcmtk(await Dcm2Json.ConvertAsync(path, mode));
        var ours = JsonNode.Parse(DicomJsonWriter.Serialize(ReadDataset(path, mode), Inline))!.AsObject();

        var (actual, expected) = Dcm2JsonNormalisation.Normalise(ours, theirs);
        var differences = JsonDifferences.Between(expected, actual).Take(10).ToList();
        Assert.True(differences.Count == 0, $"{file} ({mode}): ours differs from dcm2json at\n{string.Join('\n', differences)}");
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void CorpusFile_JsonReadBack_EqualsDataset(string file)
    {
        var dataset = ReadDataset(DicomCorpus.Require(file), Dcm2JsonMode.PixelDataErased);
        var json = DicomJsonWriter.Serialize(dataset, Inline);

        var readBack = DicomJsonReader.Deserialize(json);

        Assert.Equal(json, DicomJsonWriter.Serialize(readBack, Inline));
        JsonRoundTripAssert.Equal(dataset, readBack);
    }

    private static DicomDataset ReadDataset(string path, Dcm2JsonMode mode)
    {
        var dataset = DicomFile.Open(path).Dataset;
        if (mode != Dcm2JsonMode.WholeFile) dataset.Remove(DicomReadOptions.PixelData);
        return dataset;
    }
}

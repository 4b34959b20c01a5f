using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Ontario;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Ontario;

/// <summary>attribute-level: the Ontario levels of the spec §3 tables, each a pack row naming a path, a level and forbidden values.</summary>
public sealed class AttributeLevelRuleTests
{
    private static readonly Dictionary<string, Action<DicomDataset>> Cases = new()
    {
        ["institution name missing"] = d => d.Remove(DicomTags.InstitutionName),
        ["birth date empty"] = d => d.AddOrUpdate(DicomTags.PatientBirthDate, []),
        ["requested procedure id missing in a request item"] = d => d.Item(DicomTags.RequestAttributesSequence).Remove(DicomTags.RequestedProcedureID),
        ["study description missing"] = d => d.Remove(DicomTags.StudyDescription),
        ["patient identity removed"] = d => d.AddOrUpdate(DicomTags.PatientIdentityRemoved, "YES").AddOrUpdate(DicomTags.DeidentificationMethod, "SYNTHETIC"),
    };

    [Theory]
    [InlineData("institution name missing", "(0008,0080)", DicomFindingSeverity.Error, "ON-DICOM-INST-1", "InstitutionName (0008,0080) is missing; the Ontario level is R (present with a value)")]
    [InlineData("birth date empty", "(0010,0030)", DicomFindingSeverity.Error, "ON-DICOM-PAT-BIRTH", "PatientBirthDate (0010,0030) is present but empty; the Ontario level is R (present with a value)")]
    [InlineData("requested procedure id missing in a request item", "(0040,0275)[0]/(0040,1001)", DicomFindingSeverity.Error, "ON-DICOM-REQ-2", "RequestedProcedureID (0040,1001) is missing; the Ontario level is R (present with a value)")]
    [InlineData("study description missing", "(0008,1030)", DicomFindingSeverity.Warning, "ON-DICOM-STUDY-DESC", "StudyDescription (0008,1030) is missing; the Ontario level is R (present with a value)")]
    [InlineData("patient identity removed", "(0012,0062)", DicomFindingSeverity.Warning, "ON-DICOM-PAT-DEID", "PatientIdentityRemoved (0012,0062) must not be 'YES'")]
    public void Check_OneOntarioLevelBroken_IsTheOnlyFinding(string name, string path, DicomFindingSeverity severity, string requirement, string message)
    {
        var finding = OntarioPack.AssertOnly(OntarioInstance.Build(Cases[name]), AttributeLevelRule.Name, path, severity);

        Assert.Equal((requirement, message), (finding.Requirement?.Id, finding.Message));
    }

    [Fact]
    public void Check_PathThroughAnAbsentSequence_Passes()
    {
        var rule = AttributeLevelRule.Create(Parameters.Of("""{"path": "(0040,0275)/(0040,1001)"}"""));

        Assert.Empty(rule.Check(Parameters.Context(OntarioInstance.Build(d => d.Remove(DicomTags.RequestAttributesSequence)))));
    }

    [Theory]
    [InlineData("""{"path": "(0008,0080)", "level": "X"}""", "parameter 'level': 'X' is not R, R2 or O")]
    [InlineData("""{"path": "(0040,0275)/institution"}""", "parameter 'path': 'institution' is not a tag like (0010,0020)")]
    [InlineData("""{"level": "R"}""", "parameter 'path' (a string) is missing")]
    [InlineData("""{"path": "(0008,0080)", "forbidden": ["YES"]}""", "parameter 'forbidden' is not known; the rule takes path, level, forbiddenValues")]
    public void Create_BadParameters_FailNamingTheParameter(string json, string message) =>
        Assert.Contains(message, Assert.Throws<InvalidDataException>(() => AttributeLevelRule.Create(Parameters.Of(json))).Message);
}

using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Tests.Engine;
using static ConformanceHarness.Dicom.Validation.Tests.Rules.StudySet.InconsistentSets;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.StudySet;

/// <summary>Spec §2.1 H5: patient, study and series attributes agree in every instance of their entity; the lists are data.</summary>
public sealed class AttributeConsistencyRulesTests
{
    /// <summary>Rule, kind of <see cref="InconsistentSets"/>, the attribute changed, its new value, the file changed.</summary>
    public static TheoryData<string, string, string, string, int> Changes => new()
    {
        { "patient-attributes-consistent", "patient name", "PatientName", "Roe^Rich", 2 },
        { "patient-attributes-consistent", "patient birth date", "PatientBirthDate", "19800102", 3 },
        { "patient-attributes-consistent", "patient sex", "PatientSex", "F", 3 },
        { "study-attributes-consistent", "study date", "StudyDate", "20240502", 2 },
        { "study-attributes-consistent", "study time", "StudyTime", "120001", 3 },
        { "study-attributes-consistent", "study ID", "StudyID", "2", 3 },
        { "study-attributes-consistent", "referring physician", "ReferringPhysicianName", "Other^Doctor", 2 },
        { "study-attributes-consistent", "study description emptied", "StudyDescription", "", 3 },
        { "series-attributes-consistent", "series number", "SeriesNumber", "7", 2 },
        { "series-attributes-consistent", "series description", "SeriesDescription", "Sagittal", 2 },
        { "series-attributes-consistent", "body part", "BodyPartExamined", "HEAD", 2 },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void OneAttributeChangedInOneInstance_IsThatLevelsFindingAtThatAttribute(string rule, string kind, string keyword, string value, int file)
    {
        using var run = new StudySetRun();
        Assert.True(DicomDictionary.TryLookup(keyword, out var entry));

        var finding = StudySetRun.Single(run.Validate(Kind(kind)), rule);

        Assert.Equal((entry.Tag.ToString(), value, Path.Combine(run.Folder, $"i{file}.dcm")), (finding.TagPath, finding.Value, finding.File));
        Assert.StartsWith($"{keyword} differs within ", finding.Message);
    }

    [Fact]
    public void SeriesNumberWrittenDifferently_IsTheSameNumber()
    {
        using var run = new StudySetRun();
        Assert.Empty(run.Validate(Kind("series number written 01")));
    }

    [Fact]
    public void AttributesParameter_ReplacesTheDefaultList()
    {
        using var run = new StudySetRun(new Dictionary<string, object> { ["series-attributes-consistent"] = new { attributes = new[] { "(0018,0015)" } } });
        Assert.Empty(run.Validate(Kind("series description")));
    }

    [Fact]
    public void AttributesParameter_WithAnUnknownKeyword_FailsWhenThePackLoads()
    {
        using var pack = new TestPackFolder("""
            {"pack": "p", "profiles": ["h"], "rules": [{"requirement": "T-READ-1", "rule": "study-attributes-consistent", "parameters": {"attributes": ["StudyDat"]}}]}
            """);

        var error = Assert.Throws<InvalidDataException>(() => DicomRulePack.Load(pack.Folder));

        Assert.Contains("parameter 'attributes': 'StudyDat' is neither a keyword nor a tag like (0010,0010)", error.Message);
    }
}

using static ConformanceHarness.Dicom.Validation.Tests.Rules.StudySet.InconsistentSets;
using static ConformanceHarness.Dicom.Validation.Tests.Rules.StudySet.StudySetExamples;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.StudySet;

/// <summary>Spec §2.1 H2–H4, H6, H7: each set breaks one hierarchy rule in one file and gets exactly that finding.</summary>
public sealed class HierarchyRulesTests
{
    [Fact]
    public void ConsistentSet_HasNoFindingFromAnyStudySetRule()
    {
        using var run = new StudySetRun();

        Assert.Empty(run.Validate(Kind("consistent")));
    }

    [Fact]
    public void StudyWithASecondPatient_IsStudySinglePatient_NamingBothFiles()
    {
        using var run = new StudySetRun();
        var finding = StudySetRun.Single(run.Validate(Kind("second patient in a study")), "study-single-patient");

        Assert.Equal(("(0010,0020)", "MRN-2^HOSP-A", Path.Combine(run.Folder, "i3.dcm")), (finding.TagPath, finding.Value, finding.File));
        Assert.Equal($"study {Study} has more than one patient (Patient ID^Issuer): 'MRN-2^HOSP-A' in {finding.File} versus 'MRN-1^HOSP-A' in {Path.Combine(run.Folder, "i1.dcm")}", finding.Message);
    }

    [Fact]
    public void SeriesUnderASecondStudy_IsSeriesSingleStudy()
    {
        using var run = new StudySetRun();
        var finding = StudySetRun.Single(run.Validate(Kind("series in a second study")), "series-single-study");

        Assert.Equal(("(0020,000D)", "2.25.200"), (finding.TagPath, finding.Value));
        Assert.StartsWith($"series {SeriesB} is in more than one study: '2.25.200' in ", finding.Message);
    }

    [Fact]
    public void SeriesWithASecondModality_IsSeriesSingleModality()
    {
        using var run = new StudySetRun();
        var finding = StudySetRun.Single(run.Validate(Kind("second modality in a series")), "series-single-modality");

        Assert.Equal(("(0008,0060)", "MR", Path.Combine(run.Folder, "i2.dcm")), (finding.TagPath, finding.Value, finding.File));
    }

    [Fact]
    public void SopInstanceInASecondSeries_IsSopInstanceStable()
    {
        using var run = new StudySetRun();
        var finding = StudySetRun.Single(run.Validate(Kind("SOP instance in a second series")), "sop-instance-stable");

        Assert.Equal(("(0008,0018)", $"series {SeriesB}, SOP class 1.2.840.10008.5.1.4.1.1.2"), (finding.TagPath, finding.Value));
    }

    [Fact]
    public void SopInstanceAgainWithOtherContent_IsSopInstanceSameContent()
    {
        using var run = new StudySetRun();
        var finding = StudySetRun.Single(run.Validate(Kind("SOP instance again with other content")), "sop-instance-same-content");

        Assert.Equal((Path.Combine(run.Folder, "i4.dcm"), "(0008,0018)"), (finding.File, finding.TagPath));
        Assert.Contains($"SOP instance {Sop(1)} has different content in two files", finding.Message);
    }

    [Fact]
    public void SameInstanceInTwoFiles_IsSopInstanceUnique()
    {
        using var run = new StudySetRun();
        var finding = StudySetRun.Single(run.Validate(Kind("the same instance in two files")), "sop-instance-unique");

        Assert.StartsWith($"SOP Instance UID {Sop(2)} is not unique: the same instance is in two files: the same 'series {SeriesA}", finding.Message);
        Assert.EndsWith($"first in {Path.Combine(run.Folder, "i2.dcm")}", finding.Message);
    }

    [Theory]
    [InlineData("series UID reused as frame of reference", SeriesA, "(0020,0052)", "Frame of Reference UID", "i3.dcm")]
    [InlineData("study UID reused as a SOP instance UID", Study, "(0008,0018)", "SOP Instance UID", "i4.dcm")]
    public void UidReusedAtAnotherLevel_IsUidSingleLevel(string kind, string uid, string tag, string level, string file)
    {
        using var run = new StudySetRun();

        var finding = StudySetRun.Single(run.Validate(Kind(kind)), "uid-single-level");

        Assert.Equal((tag, level, Path.Combine(run.Folder, file)), (finding.TagPath, finding.Value, finding.File));
        Assert.StartsWith($"UID {uid} is used for more than one kind of entity: '{level}' in ", finding.Message);
    }
}

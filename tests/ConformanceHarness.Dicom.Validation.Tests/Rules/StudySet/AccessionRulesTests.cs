using static ConformanceHarness.Dicom.Validation.Tests.Rules.StudySet.InconsistentSets;
using static ConformanceHarness.Dicom.Validation.Tests.Rules.StudySet.StudySetExamples;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.StudySet;

/// <summary>Accession and order linkage (spec §2.3, §2.4): one accession per study, requests naming it, one patient per accession.</summary>
public sealed class AccessionRulesTests
{
    [Fact]
    public void StudyWithASecondAccession_IsStudySingleAccession()
    {
        using var run = new StudySetRun();
        var finding = StudySetRun.Single(run.Validate(Kind("second accession in a study")), "study-single-accession");

        Assert.Equal(("(0008,0050)", "ACC-2^[(0040,0031)=HOSP-A-RIS]"), (finding.TagPath, finding.Value));
    }

    [Fact]
    public void RequestNamingAnotherAccession_IsAccessionOrderLinkageAtTheItem()
    {
        using var run = new StudySetRun();
        var findings = run.Validate(Kind("requests name another accession"));

        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal(("accession-order-linkage", "(0040,0275)[0]/(0008,0050)", "ACC-9"), (f.Rule, f.TagPath, f.Value)));
        Assert.StartsWith($"Request Attributes Sequence item 0 links to accession 'ACC-9' but the instance's Accession Number is '{Accession}' (SOP instance {Sop(1)})", findings[0].Message);
    }

    [Fact]
    public void InstanceLinkingToAnotherRequestedProcedure_IsAccessionOrderLinkage()
    {
        using var run = new StudySetRun();
        var finding = StudySetRun.Single(run.Validate(Kind("second requested procedure")), "accession-order-linkage");

        Assert.Equal(("(0040,1001)", "RP-2"), (finding.TagPath, finding.Value));
        Assert.StartsWith($"study {Study} links to different requested procedures: 'RP-2' in ", finding.Message);
    }

    [Fact]
    public void AccessionReusedForAnotherPatientsStudy_IsAccessionOrderLinkage()
    {
        using var run = new StudySetRun();
        var finding = StudySetRun.Single(run.Validate(Kind("accession reused for another patient")), "accession-order-linkage");

        Assert.Equal(("(0010,0020)", "MRN-2^HOSP-A", Path.Combine(run.Folder, "i4.dcm")), (finding.TagPath, finding.Value, finding.File));
        Assert.StartsWith($"Accession Number {Accession}^[(0040,0031)=HOSP-A-RIS] is used for more than one patient", finding.Message);
    }
}

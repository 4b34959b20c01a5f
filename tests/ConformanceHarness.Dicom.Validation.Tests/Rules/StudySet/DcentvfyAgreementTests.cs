using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.StudySet;

/// <summary>
/// Done means, bullet 3: on each generated inconsistent set (Part 10 files written with our codec), the real dcentvfy's
/// Error lines and our study-set findings name the same attributes, apart from the documented quirks below.
/// </summary>
public sealed class DcentvfyAgreementTests(ITestOutputHelper output)
{
    /// <summary>Where the two differ by design, per kind: attributes only dcentvfy or only we report, and why.</summary>
    private static readonly Dictionary<string, (string[] OnlyDcentvfy, string[] OnlyOurs, string Reason)> Quirks = new()
    {
        ["series UID reused as frame of reference"] = ([], ["FrameOfReferenceUID"], "dcentvfy does not compare UIDs across levels (spec §2.1 H7 is ours)"),
        ["study UID reused as a SOP instance UID"] = ([], ["SOPInstanceUID"], "dcentvfy does not compare UIDs across levels (spec §2.1 H7 is ours)"),
        ["study description emptied"] = ([], ["StudyDescription"], "dcentvfy only warns when a value is empty in one instance ('OK only if Type 2'); H5 wants identical values"),
        ["second accession in a study"] = ([], ["AccessionNumber"], "dcentvfy files Accession Number under IE Series (it also occurs in the Request Attributes Sequence, a General Series attribute), so it compares it only within a series; here the other accession is in the other series"),
        ["second requested procedure"] = ([], ["RequestedProcedureID"], "dcentvfy compares a sequence's number of items, not the attributes inside its items"),
        ["requests name another accession"] = ([], ["AccessionNumber"], "dcentvfy compares instances with each other, never an instance's request with its own accession"),
        ["accession reused for another patient"] = ([], ["PatientID"], "dcentvfy checks no accession across studies (spec §2.4 is ours)"),
    };

    public static TheoryData<string> Kinds => new(InconsistentSets.Kinds.Keys);

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task GeneratedSet_DcentvfyErrorsAndOurFindings_NameTheSameAttributes(string kind)
    {
        var dcentvfy = ExternalTool.Find("dcentvfy");
        ExternalTool.Require(dcentvfy is not null, "dcentvfy (dicom3tools) is not installed: apt-get install dicom3tools");
        using var run = new StudySetRun();
        var files = StudySetExamples.Write(run.Folder, InconsistentSets.Kinds[kind]());

        var theirs = await Dcentvfy.ErrorsAsync(dcentvfy!, files);
        var ours = run.ValidateFiles(files);
        output.WriteLine(string.Join("\n", theirs.Select(e => e.Line).Concat(ours.Select(f => f.ToString()))));

        var (onlyTheirs, onlyOurs, _) = Quirks.GetValueOrDefault(kind, ([], [], ""));
        Assert.Equal(onlyTheirs, theirs.Where(e => !ours.Any(f => e.Attributes.Contains(Keyword(f)))).SelectMany(e => e.Attributes.Take(1)).Distinct());
        Assert.Equal(onlyOurs, ours.Select(Keyword).Where(k => !theirs.Any(e => e.Attributes.Contains(k))).Distinct());
    }

    /// <summary>The attribute a finding is about: the last tag of its path, by keyword.</summary>
    private static string Keyword(DicomFinding finding)
    {
        var last = finding.TagPath.Split('/')[^1];
        return DicomDictionary.Lookup(DicomTag.Parse(last[..Math.Min(last.Length, 11)]))?.Keyword ?? last;
    }
}

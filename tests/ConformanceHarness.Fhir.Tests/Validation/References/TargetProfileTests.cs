using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Packages;
using ConformanceHarness.Fhir.Tests.Packages;
using ConformanceHarness.Fhir.Validation;
using ConformanceHarness.Fhir.Validation.References;
using static ConformanceHarness.Fhir.Tests.Validation.References.ReferenceFindings;

namespace ConformanceHarness.Fhir.Tests.Validation.References;

/// <summary>
/// Targets allowed through pack profiles: a report profile whose subject must be a named-patient (Patient.name 1..*),
/// and a linked-patient (Patient.active 1..1) whose links must be linked-patients themselves, to make cycles.
/// </summary>
public sealed class TargetProfileTests : IDisposable
{
    private const string Profiles = TestPack.Canonical + "/StructureDefinition/";
    private readonly TempFolder _temp = new();
    private readonly FhirValidator _validator;

    public TargetProfileTests()
    {
        var set = FhirDefinitionSet.Load([Path.GetDirectoryName(TestPack.Write(_temp.Combine("pack"), "test.pack", "0.1.0", ["hl7.fhir.r4.core#4.0.1"],
            TestPack.Profile("named-patient", "Patient", null, ("Patient", ""), ("Patient.name", "\"min\":1")),
            TestPack.Profile("report", "DiagnosticReport", null, ("DiagnosticReport", ""), ("DiagnosticReport.subject", TargetsOnly("named-patient"))),
            TestPack.Profile("linked-patient", "Patient", null, ("Patient", ""), ("Patient.active", "\"min\":1"), ("Patient.link.other", TargetsOnly("linked-patient")))))!],
            new PackageLoadOptions([_temp.Combine("cache")]));
        _validator = new FhirValidator(new ValidatorServices(set));
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TargetOfPackProfile_Conforms_IsValid()
    {
        var report = _validator.Validate(ReportBundle(""","name":[{"family":"Chalmers"}]"""));

        Assert.True(report.IsValid, report.ToString());
    }

    [Fact]
    public void TargetOfPackProfile_DoesNotConform_IsStructureErrorAtTheReference()
    {
        var report = _validator.Validate(ReportBundle(""));

        Assert.Equal((FindingSeverity.Error, "structure", "Bundle.entry[0].resource.subject", ReferenceRule.TargetProfileRule), Single(report));
        Assert.Equal(Profiles + "report", Of(report)[0].Profile);
        Assert.Contains(Profiles + "named-patient", Of(report)[0].Message);
    }

    [Fact]
    public void TargetOfPackProfile_WrongType_NamesTheProfileAmongTheAllowed()
    {
        var report = _validator.Validate(Report("""{"reference":"Group/g1"}""", $$""","meta":{"profile":["{{Profiles}}report"]}"""));

        Assert.Equal((FindingSeverity.Error, "structure", "DiagnosticReport.subject", ReferenceRule.TargetRule), Single(report));
        Assert.EndsWith($"(allowed: {Profiles}named-patient (Patient))", Of(report)[0].Message);
    }

    [Theory]
    [InlineData("p1", ",\"active\":true")] // a Patient linking to itself
    [InlineData("p2", ",\"active\":true")] // p1 → p2 → p1
    public void TargetProfile_OnCycle_TerminatesAndConforms(string linkOfP1, string membersOfP2)
    {
        var report = _validator.Validate(LinkedBundle(linkOfP1, membersOfP2));

        Assert.True(report.IsValid, report.ToString());
    }

    [Fact]
    public void TargetProfile_OnCycleWithNonConformingMember_IsErrorAtTheLinkToIt()
    {
        var report = _validator.Validate(LinkedBundle("p2", ""));

        Assert.Equal((FindingSeverity.Error, "structure", "Bundle.entry[0].resource.link[0].other", ReferenceRule.TargetProfileRule), Single(report));
    }

    private static string TargetsOnly(string profile) =>
        $$"""
        "type":[{"code":"Reference","targetProfile":["{{Profiles}}{{profile}}"]}]
        """;

    /// <summary>A report (declaring the report profile) whose subject is the relative Patient/p1, resolved through the fullUrl base.</summary>
    private static string ReportBundle(string patientMembers) => $$$"""
        {"resourceType":"Bundle","type":"collection","entry":[
          {"fullUrl":"http://x.org/fhir/DiagnosticReport/r1","resource":{{{Report("""{"reference":"Patient/p1"}""", $$""","meta":{"profile":["{{Profiles}}report"]}""")}}}},
          {"fullUrl":"http://x.org/fhir/Patient/p1","resource":{"resourceType":"Patient","id":"p1","gender":"female"{{{patientMembers}}}}}]}
        """;

    /// <summary>p1 (a linked-patient) links to <paramref name="linkOfP1"/>; p2 (with <paramref name="membersOfP2"/>) links back to p1.</summary>
    private static string LinkedBundle(string linkOfP1, string membersOfP2) => $$$"""
        {"resourceType":"Bundle","type":"collection","entry":[
          {"fullUrl":"http://x.org/fhir/Patient/p1","resource":{"resourceType":"Patient","id":"p1","meta":{"profile":["{{{Profiles}}}linked-patient"]},"active":true,
            "link":[{"other":{"reference":"Patient/{{{linkOfP1}}}"},"type":"seealso"}]}},
          {"fullUrl":"http://x.org/fhir/Patient/p2","resource":{"resourceType":"Patient","id":"p2"{{{membersOfP2}}},
            "link":[{"other":{"reference":"Patient/p1"},"type":"seealso"}]}}]}
        """;
}

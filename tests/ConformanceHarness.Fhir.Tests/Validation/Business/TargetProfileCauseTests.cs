namespace ConformanceHarness.Fhir.Tests.Validation.Business;

/// <summary>A defect of an entry that other entries reference is reported at the entry and at each reference, all citing the defect's requirement.</summary>
public sealed class TargetProfileCauseTests
{
    [Fact]
    public void TargetProfile_ReferencedEntryBreaksItsProfile_EveryFindingCitesTheCause()
    {
        var bundle = OntarioTransaction.Valid();
        OntarioTransaction.Entry(bundle, 0)["resource"]!.AsObject().Remove("name");

        var issues = OntarioTransaction.Issues(bundle);

        Assert.Contains(issues, f => f.RuleId == "reference-target-profile");
        Assert.All(issues, f => Assert.Equal("ON-FHIR-ORG-1", f.Requirement?.Id));
    }
}

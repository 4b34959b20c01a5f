namespace ConformanceHarness.Fhir.Tests.Validation.Invariants;

/// <summary>The invariants of the base types: ele-1 on every element, ref-1 on Reference, per-1 on Period.</summary>
public class ElementInvariantTests
{
    [Fact]
    public void Ele1_EmptyElement_IsAnError()
    {
        var finding = InvariantFindings.Single("""{"resourceType":"Observation","status":"final","code":{}}""", "ele-1");

        InvariantFindings.AssertError(finding, "ele-1", "Observation.code");
        Assert.Contains("(expression: hasValue() or (children().count() > id.count())) failed", finding.Message);
    }

    [Fact]
    public void Ele1_ElementWithOnlyAnId_IsAnError()
    {
        var finding = InvariantFindings.Single("""{"resourceType":"Observation","status":"final","code":{"id":"c1"}}""", "ele-1");

        InvariantFindings.AssertError(finding, "ele-1", "Observation.code");
    }

    [Fact]
    public void Ele1_ElementWithText_HasNoInvariantFinding() =>
        Assert.Empty(InvariantFindings.Of("""{"resourceType":"Observation","status":"final","code":{"id":"c1","text":"weight"}}"""));

    [Fact]
    public void Ref1_LocalReferenceToNoContainedResource_IsAnError()
    {
        var finding = InvariantFindings.Single("""{"resourceType":"Patient","managingOrganization":{"reference":"#missing"}}""", "ref-1");

        InvariantFindings.AssertError(finding, "ref-1", "Patient.managingOrganization");
    }

    [Fact]
    public void Ref1_EmptyReference_FailsEle1NotRef1()
    {
        var finding = InvariantFindings.Single("""{"resourceType":"Patient","managingOrganization":{}}""", "ele-1");

        InvariantFindings.AssertError(finding, "ele-1", "Patient.managingOrganization");
    }

    [Fact]
    public void Ref1_LocalReferenceToContainedResource_HasNoInvariantFinding() =>
        Assert.Empty(InvariantFindings.Of("""
            {"resourceType":"Patient","contained":[{"resourceType":"Organization","id":"o1","name":"Acme"}],"managingOrganization":{"reference":"#o1"}}
            """));

    [Fact]
    public void Per1_EndBeforeStart_IsAnError()
    {
        var finding = InvariantFindings.Single("""
            {"resourceType":"Patient","name":[{"family":"Doe"},{"family":"Roe","period":{"start":"2020-05-01","end":"2020-04-01"}}]}
            """, "per-1");

        InvariantFindings.AssertError(finding, "per-1", "Patient.name[1].period");
    }

    [Fact]
    public void Per1_EndAfterStart_HasNoInvariantFinding() =>
        Assert.Empty(InvariantFindings.Of("""{"resourceType":"Patient","name":[{"family":"Roe","period":{"start":"2020-04-01","end":"2020-05-01"}}]}"""));
}

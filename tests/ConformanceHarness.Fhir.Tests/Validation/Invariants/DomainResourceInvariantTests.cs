namespace ConformanceHarness.Fhir.Tests.Validation.Invariants;

/// <summary>dom-2 to dom-5: what a contained resource may be, checked on the resource that contains it.</summary>
public class DomainResourceInvariantTests
{
    private const string Reference = ""","managingOrganization":{"reference":"#o1"}}""";

    /// <remarks>The parser reports nesting too (PVAL118), and the nested reference fails ref-1: dom-2 is one of three.</remarks>
    [Fact]
    public void Dom2_ContainedResourceWithContained_IsAnError()
    {
        var finding = Assert.Single(InvariantFindings.Of("""
            {"resourceType":"Patient","contained":[{"resourceType":"Organization","id":"o1","name":"Acme",
              "contained":[{"resourceType":"Organization","id":"o2","name":"Inner"}],"partOf":{"reference":"#o2"}}]
            """ + Reference), f => f.RuleId == "dom-2");

        InvariantFindings.AssertError(finding, "dom-2", "Patient");
    }

    [Fact]
    public void Dom3_ContainedResourceNotReferenced_IsAnError()
    {
        var finding = InvariantFindings.Single("""
            {"resourceType":"Patient","contained":[{"resourceType":"Organization","id":"o1","name":"Acme"}]}
            """, "dom-3");

        InvariantFindings.AssertError(finding, "dom-3", "Patient");
    }

    [Fact]
    public void Dom4_ContainedResourceWithVersionId_IsAnError()
    {
        var finding = InvariantFindings.Single("""
            {"resourceType":"Patient","contained":[{"resourceType":"Organization","id":"o1","meta":{"versionId":"2"},"name":"Acme"}]
            """ + Reference, "dom-4");

        InvariantFindings.AssertError(finding, "dom-4", "Patient");
    }

    [Fact]
    public void Dom5_ContainedResourceWithSecurityLabel_IsAnError()
    {
        var finding = InvariantFindings.Single("""
            {"resourceType":"Patient","contained":[{"resourceType":"Organization","id":"o1",
              "meta":{"security":[{"system":"http://terminology.hl7.org/CodeSystem/v3-Confidentiality","code":"R"}]},"name":"Acme"}]
            """ + Reference, "dom-5");

        InvariantFindings.AssertError(finding, "dom-5", "Patient");
    }

    [Fact]
    public void ContainedResource_ReferencedAndPlain_HasNoInvariantFinding() =>
        Assert.Empty(InvariantFindings.Of("""{"resourceType":"Patient","contained":[{"resourceType":"Organization","id":"o1","name":"Acme"}]""" + Reference));
}

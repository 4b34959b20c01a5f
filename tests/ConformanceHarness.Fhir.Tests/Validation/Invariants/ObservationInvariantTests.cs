namespace ConformanceHarness.Fhir.Tests.Validation.Invariants;

/// <summary>obs-6 (no dataAbsentReason with a value) and obs-7 (no value when a component has the observation's own code).</summary>
public class ObservationInvariantTests
{
    private const string Code = """{"coding":[{"system":"http://loinc.org","code":"8480-6"}]}""";
    private const string Absent = """{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/data-absent-reason","code":"unknown"}]}""";

    [Fact]
    public void Obs6_ValueAndDataAbsentReason_IsAnError()
    {
        var finding = InvariantFindings.Single($$"""
            {"resourceType":"Observation","status":"final","code":{{Code}},"valueString":"high","dataAbsentReason":{{Absent}}}
            """, "obs-6");

        InvariantFindings.AssertError(finding, "obs-6", "Observation");
    }

    [Fact]
    public void Obs6_DataAbsentReasonAlone_HasNoInvariantFinding() =>
        Assert.Empty(InvariantFindings.Of($$"""{"resourceType":"Observation","status":"final","code":{{Code}},"dataAbsentReason":{{Absent}}}"""));

    [Fact]
    public void Obs7_ValueAndComponentWithTheSameCode_IsAnError()
    {
        var finding = InvariantFindings.Single($$"""
            {"resourceType":"Observation","status":"final","code":{{Code}},"valueString":"high","component":[{"code":{{Code}},"valueString":"high"}]}
            """, "obs-7");

        InvariantFindings.AssertError(finding, "obs-7", "Observation");
    }

    [Fact]
    public void Obs7_ComponentWithAnotherCode_HasNoInvariantFinding() =>
        Assert.Empty(InvariantFindings.Of($$"""
            {"resourceType":"Observation","status":"final","code":{{Code}},"valueString":"high",
             "component":[{"code":{"coding":[{"system":"http://loinc.org","code":"8462-4"}]},"valueString":"low"}]}
            """));
}

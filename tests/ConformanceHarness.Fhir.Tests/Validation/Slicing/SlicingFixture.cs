using System.Text.Json.Nodes;
using static ConformanceHarness.Fhir.Tests.Validation.Slicing.SlicingPack;

namespace ConformanceHarness.Fhir.Tests.Validation.Slicing;

/// <summary>The profiles the slicing tests validate against, in one pack loaded once per test class.</summary>
public sealed class SlicingFixture : IDisposable
{
    public SlicingPack Pack { get; } = new(
        Identifiers("report-closed", "closed"), Identifiers("report-open-at-end", "openAtEnd"), Identifiers("report-ordered", "open", ordered: true),
        Profile("report-ambiguous", "DiagnosticReport", ("DiagnosticReport.identifier", SlicedBy("pattern", "type")),
            ("DiagnosticReport.identifier:first", "\"min\":0,\"max\":\"1\""), ("DiagnosticReport.identifier:first.type", TypePattern("ACSN")),
            ("DiagnosticReport.identifier:second", "\"min\":0,\"max\":\"1\""), ("DiagnosticReport.identifier:second.type", TypePattern("ACSN"))),
        Profile("report-exists", "DiagnosticReport", ("DiagnosticReport.identifier", SlicedBy("exists", "system")),
            ("DiagnosticReport.identifier:withSystem", "\"min\":1,\"max\":\"1\""), ("DiagnosticReport.identifier:withSystem.system", "\"min\":1"),
            ("DiagnosticReport.identifier:withoutSystem", "\"min\":0,\"max\":\"*\""), ("DiagnosticReport.identifier:withoutSystem.system", "\"max\":\"0\"")),
        Profile("report-profile", "DiagnosticReport", ("DiagnosticReport.identifier", SlicedBy("profile", "$this")),
            ("DiagnosticReport.identifier:strict", $"\"min\":1,\"max\":\"1\",\"type\":[{{\"code\":\"Identifier\",\"profile\":[\"{Url}strict-identifier\"]}}]")),
        StrictIdentifier(),
        Profile("observation-type", "Observation", ("Observation.value[x]", SlicedBy("type", "$this", "closed")),
            ("Observation.value[x]:valueQuantity", "\"min\":0,\"max\":\"1\",\"type\":[{\"code\":\"Quantity\"}]")),
        Extension("report-flag", "DiagnosticReport"),
        Profile("report-extension", "DiagnosticReport", ("DiagnosticReport.extension", SlicedBy("value", "url")),
            ("DiagnosticReport.extension:flag", $"\"min\":1,\"max\":\"1\",\"type\":[{{\"code\":\"Extension\",\"profile\":[\"{Url}report-flag\"]}}]")));

    public void Dispose() => Pack.Dispose();

    /// <summary>Identifier slices by pattern on type: accession 1..1 (ACSN) and placer 0..1 (PLAC).</summary>
    private static JsonObject Identifiers(string id, string rules, bool ordered = false) => Profile(id, "DiagnosticReport",
        ("DiagnosticReport.identifier", SlicedBy("pattern", "type", rules, ordered)),
        ("DiagnosticReport.identifier:accession", "\"min\":1,\"max\":\"1\""), ("DiagnosticReport.identifier:accession.type", TypePattern("ACSN")),
        ("DiagnosticReport.identifier:placer", "\"min\":0,\"max\":\"1\""), ("DiagnosticReport.identifier:placer.type", TypePattern("PLAC")));

    private static JsonObject StrictIdentifier()
    {
        var profile = Profile("strict-identifier", "Identifier", ("Identifier", ""), ("Identifier.system", "\"min\":1"));
        profile["kind"] = "complex-type";
        return profile;
    }
}

using System.Text.Json;
using ConformanceHarness.Fhir.Definitions;
using ConformanceHarness.Fhir.Terminology;
using ConformanceHarness.Fhir.Tests.Support;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;

namespace ConformanceHarness.Fhir.Tests.Terminology;

/// <summary>
/// Our expansions of the core value sets against HL7's published ones (hl7.fhir.r4.expansions#4.0.1).
/// Compared: every published expansion that HL7 did not truncate (<c>valueset-toocostly</c>) and that we
/// can enumerate completely. Deliberate differences: we keep deprecated/retired codes (HL7's tooling drops
/// them; FHIR says inactive codes are generally expected in an expansion, and rejecting a deprecated code
/// under a required binding would be a false error), and we follow the <c>child</c> concept property of the
/// v3 code systems' polyhierarchy, which HL7's 2019 tooling ignored where the code is nested elsewhere.
/// </summary>
public sealed class OfficialExpansionComparisonTests(ITestOutputHelper output)
{
    /// <summary>Published value sets the Medplum-built core package lacks (the ValueSet for DICOM CID 29, which core binds by its web address).</summary>
    private static readonly string[] MissingFromLocalPackage = ["http://dicom.nema.org/medical/dicom/current/output/chtml/part16/sect_CID_29.html"];

    /// <summary>Where our is-a reaches codes through v3-ActCode <c>child</c> properties (e.g. _AdministrationDetectedIssueCode child COMPLY; FF child FFPS).</summary>
    private static readonly string[] PolyhierarchyDifferences =
    [
        "http://hl7.org/fhir/ValueSet/detectedissue-category",
        "http://terminology.hl7.org/ValueSet/v3-ActPharmacySupplyType",
    ];

    private static readonly LocalTerminology Terminology = new(CoreDefinitions.Resolver);

    [Fact]
    public void Expand_CoreValueSets_MatchHl7sPublishedExpansions()
    {
        var differences = new List<string>();
        var compared = 0;
        foreach (var published in OfficialR4Expansions.Files().Select(Published).OfType<PublishedExpansion>())
        {
            var ours = Terminology.Expand(published.Url);
            if (ours is null) { if (!MissingFromLocalPackage.Contains(published.Url)) differences.Add($"{published.Url}: not found locally"); continue; }
            if (!ours.IsComplete || PolyhierarchyDifferences.Contains(published.Url)) continue;
            compared++;
            var mine = ours.Systems.SelectMany(system => ours.CodesOf(system).Select(code => (System: system, Code: code))).ToHashSet();
            var missing = published.Codes.Except(mine).ToList();
            var extra = mine.Except(published.Codes).Where(c => !IsInactive(c.System, c.Code)).ToList();
            if (missing.Count + extra.Count > 0)
                differences.Add($"{published.Url}: missing [{string.Join(", ", missing.Take(5))}], extra [{string.Join(", ", extra.Take(5))}]");
        }
        output.WriteLine($"compared {compared} value sets");
        Assert.True(compared > 450, $"only {compared} value sets compared");
        Assert.Empty(differences);
    }

    private sealed record PublishedExpansion(string Url, HashSet<(string System, string Code)> Codes);

    /// <summary>The published expansion, or null when HL7 truncated it. A system written as <c>url|version</c> counts as <c>url</c>.</summary>
    private static PublishedExpansion? Published(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var expansion = document.RootElement.GetProperty("expansion");
        if (expansion.TryGetProperty("extension", out var extensions) && extensions.EnumerateArray().Any(e => e.GetProperty("url").GetString()!.EndsWith("valueset-toocostly", StringComparison.Ordinal)))
            return null;
        var codes = Contains(expansion).Select(c => (c.System.Split('|')[0], c.Code)).ToHashSet();
        return new(document.RootElement.GetProperty("url").GetString()!, codes);
    }

    private static IEnumerable<(string System, string Code)> Contains(JsonElement holder) =>
        holder.TryGetProperty("contains", out var contains)
            ? contains.EnumerateArray().SelectMany(c =>
                (c.TryGetProperty("code", out var code) && c.TryGetProperty("system", out var system) ? [(system.GetString()!, code.GetString()!)] : Array.Empty<(string, string)>())
                .Concat(Contains(c)))
            : [];

    private static readonly Dictionary<string, CodeSystemIndex?> CodeSystems = [];

    private static bool IsInactive(string system, string code)
    {
        if (!CodeSystems.TryGetValue(system, out var index))
            CodeSystems[system] = index = CoreDefinitions.Resolver.TryResolveByCanonicalUriAsync(system).GetAwaiter().GetResult().Value is CodeSystem codeSystem
                ? CodeSystemIndex.Build(codeSystem) : null;
        var concept = index?.Concepts.GetValueOrDefault(code);
        return concept?.Property.Any(p => p.Code == "status" && p.Value is Code { Value: "deprecated" or "retired" or "inactive" }) == true;
    }
}

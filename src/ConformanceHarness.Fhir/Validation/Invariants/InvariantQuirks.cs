namespace ConformanceHarness.Fhir.Validation.Invariants;

/// <summary>
/// The R4 4.0.1 core constraints the validator does not evaluate as written, each with the reason, found by running
/// every official example (<c>OfficialExamplesInvariantTests</c>). Keyed by constraint key; a quirk applies only to
/// the exact expression it names.
/// </summary>
public static class InvariantQuirks
{
    /// <summary>Narrative content that is not whitespace (an image counts), the half of <c>htmlChecks()</c> that <c>txt-2</c> means.</summary>
    public const string NarrativeHasContent = "$this.replaceMatches('<[^>]*>', '').trim().length() > 0 or $this.contains('<img')";

    public static IReadOnlyList<InvariantQuirk> All { get; } =
    [
        new("txt-1", "htmlChecks()",
            "4.0.1 gives txt-1 (allowed HTML) and txt-2 (some content) the same expression, and the SDK's htmlChecks() checks both; an empty narrative would fail txt-1 too, so txt-1 holds when the narrative has no content (txt-2 reports that)",
            $"htmlChecks() or ({NarrativeHasContent}).not()"),
        new("txt-2", "htmlChecks()",
            "4.0.1 gives txt-2 the expression of txt-1 (htmlChecks(), which also rejects disallowed HTML); txt-2 is the non-whitespace content check alone",
            NarrativeHasContent),
        new("que-7", "operator = 'exists' implies (answer is Boolean)",
            "'Boolean' is the FHIRPath System type, but answer[x] is the FHIR primitive 'boolean', so the 4.0.1 expression fails every exists condition; evaluated with the FHIR type",
            "operator = 'exists' implies (answer is boolean)"),
    ];

    private static readonly Dictionary<string, InvariantQuirk> ByKey = All.ToDictionary(q => q.Key, StringComparer.Ordinal);

    public static InvariantQuirk? For(string? key, string expression) =>
        key is not null && ByKey.TryGetValue(key, out var quirk) && quirk.Expression == expression ? quirk : null;
}

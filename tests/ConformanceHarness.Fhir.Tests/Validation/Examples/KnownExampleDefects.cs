namespace ConformanceHarness.Fhir.Tests.Validation.Examples;

/// <summary>
/// Errors HL7's own R4 examples (hl7.fhir.r4.examples#4.0.1) really have, by the R4 definitions, each checked by hand
/// against the specification: the sweep expects exactly these and no other error. A key is "file|rule id|location";
/// a location ending in '*' stands for every location with that prefix.
/// </summary>
public static class KnownExampleDefects
{
    private static readonly string[] SearchParametersWithoutBase =
    [
        "codesystem-extensions-CodeSystem-author", "codesystem-extensions-CodeSystem-effective", "codesystem-extensions-CodeSystem-end",
        "codesystem-extensions-CodeSystem-keyword", "codesystem-extensions-CodeSystem-workflow", "valueset-extensions-ValueSet-author",
        "valueset-extensions-ValueSet-effective", "valueset-extensions-ValueSet-end", "valueset-extensions-ValueSet-keyword",
        "valueset-extensions-ValueSet-workflow",
    ];

    public static IReadOnlyList<(string File, string Rule, string Location, string Why)> All { get; } =
    [
        // SearchParameter.base is 1..* in R4; these extension search parameters give none.
        .. SearchParametersWithoutBase.Select(id => ($"SearchParameter-{id}.json", "cardinality", "SearchParameter.base", "SearchParameter.base is 1..*")),
        ("ImplementationGuide-fhir.json", "cardinality", "ImplementationGuide.name", "ImplementationGuide.name is 1..1"),
        ("ImplementationGuide-fhir.json", "cardinality", "ImplementationGuide.status", "ImplementationGuide.status is 1..1"),
        ("ig-r4.json", "cardinality", "ImplementationGuide.name", "ImplementationGuide.name is 1..1"),
        ("ig-r4.json", "cardinality", "ImplementationGuide.status", "ImplementationGuide.status is 1..1"),
        ("Questionnaire-qs1.json", "cardinality", "Questionnaire.item[0].item*", "Questionnaire.item.linkId is 1..1; nested items have none"),
        // txt-2: the narrative SHALL have some non-whitespace content; these divs hold only whitespace.
        ("ActivityDefinition-blood-tubes-supply.json", "txt-2", "ActivityDefinition.text.div", "whitespace-only div"),
        ("ActivityDefinition-heart-valve-replacement.json", "txt-2", "ActivityDefinition.text.div", "whitespace-only div"),
        ("EventDefinition-example.json", "txt-2", "EventDefinition.text.div", "whitespace-only div"),
        ("Questionnaire-zika-virus-exposure-assessment.json", "txt-2", "Questionnaire.text.div", "whitespace-only div"),
        // The id regex [A-Za-z0-9\-\.]{1,64} allows 64 characters; this id has 68, and the two guides list it by that id.
        ("SearchParameter-questionnaireresponse-extensions-QuestionnaireResponse-item-subject.json", "format", "SearchParameter.id", "id longer than 64"),
        ("ImplementationGuide-fhir.json", "reference-format", "ImplementationGuide.manifest.resource[11904].reference", "the same 68-character id"),
        ("ig-r4.json", "reference-format", "ImplementationGuide.manifest.resource[11904].reference", "the same 68-character id"),
        // sdf-4: a structure that is not abstract has a baseDefinition; the pattern logical models have none.
        .. new[] { "Definition", "Event", "FiveWs", "Request" }.Select(model =>
            ($"StructureDefinition-{model}.json", "sdf-4", "StructureDefinition", "pattern logical model, not abstract, no baseDefinition")),
        // bdl-7: fullUrls repeat without distinct meta.versionId.
        ("Bundle-dataelements.json", "bdl-7", "Bundle", "repeated fullUrls"),
        // Reference targets R4 does not allow, checked against the element's targetProfile list.
        ("DeviceMetric-example.json", "reference-target", "DeviceMetric.parent", "a DeviceDefinition; only Device is allowed"),
        ("DeviceUseStatement-example.json", "reference-target", "DeviceUseStatement.reasonReference[0]", "a Procedure is not among the allowed types"),
        ("MedicationRequest-medrx0301.json", "reference-target", "MedicationRequest.dispenseRequest.performer", "a Practitioner; only Organization is allowed"),
        ("Observation-clinical-gender.json", "reference-target", "Observation.performer[0]", "an Encounter is not a performer"),
    ];

    /// <summary>Whether the file has a known defect (broken copies are made of clean examples only).</summary>
    public static bool HasDefects(string file) => All.Any(d => d.File == file);

    /// <summary>The known defect this error is, or null when it is not one.</summary>
    public static (string File, string Rule, string Location, string Why)? Find(string file, string? rule, string location)
    {
        foreach (var defect in All)
            if (defect.File == file && defect.Rule == rule && Covers(defect.Location, location)) return defect;
        return null;
    }

    private static bool Covers(string pattern, string location) =>
        pattern.EndsWith('*') ? location.StartsWith(pattern[..^1], StringComparison.Ordinal) : pattern == location;
}

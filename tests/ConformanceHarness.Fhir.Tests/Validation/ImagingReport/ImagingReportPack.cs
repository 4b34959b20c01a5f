using System.Text.Json.Nodes;

namespace ConformanceHarness.Fhir.Tests.Validation.ImagingReport;

/// <summary>
/// The profile written for the validator's own tests: an imaging DiagnosticReport with identifier slices by a pattern
/// on <c>type</c> (accession 1..1, filler 0..1), a fixed status, a required binding to a local ValueSet, an
/// addendum-of extension and an invariant (a final report has a conclusion). Differentials only: the snapshots are
/// generated when loaded.
/// </summary>
public static class ImagingReportPack
{
    public const string Base = "http://example.org/fhir/test";
    public const string Profile = Base + "/StructureDefinition/imaging-report";
    public const string AddendumOf = Base + "/StructureDefinition/addendum-of";
    public const string CategorySystem = Base + "/CodeSystem/report-category";

    public static JsonObject[] Resources() =>
    [
        Parse("""
        {"resourceType":"StructureDefinition","id":"imaging-report","url":"http://example.org/fhir/test/StructureDefinition/imaging-report",
         "version":"0.1.0","name":"ImagingReport","status":"draft","kind":"resource","abstract":false,"type":"DiagnosticReport",
         "baseDefinition":"http://hl7.org/fhir/StructureDefinition/DiagnosticReport","derivation":"constraint",
         "differential":{"element":[
          {"id":"DiagnosticReport","path":"DiagnosticReport","constraint":[{"key":"tir-1","severity":"error",
            "human":"A final report has a conclusion","expression":"status != 'final' or conclusion.exists()",
            "source":"http://example.org/fhir/test/StructureDefinition/imaging-report"}]},
          {"id":"DiagnosticReport.extension:addendumOf","path":"DiagnosticReport.extension","sliceName":"addendumOf","min":0,"max":"1",
            "type":[{"code":"Extension","profile":["http://example.org/fhir/test/StructureDefinition/addendum-of"]}]},
          {"id":"DiagnosticReport.identifier","path":"DiagnosticReport.identifier","min":1,
            "slicing":{"discriminator":[{"type":"pattern","path":"type"}],"rules":"open"}},
          {"id":"DiagnosticReport.identifier:accession","path":"DiagnosticReport.identifier","sliceName":"accession","min":1,"max":"1"},
          {"id":"DiagnosticReport.identifier:accession.type","path":"DiagnosticReport.identifier.type","min":1,
            "patternCodeableConcept":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"ACSN"}]}},
          {"id":"DiagnosticReport.identifier:accession.system","path":"DiagnosticReport.identifier.system","min":1},
          {"id":"DiagnosticReport.identifier:accession.value","path":"DiagnosticReport.identifier.value","min":1},
          {"id":"DiagnosticReport.identifier:filler","path":"DiagnosticReport.identifier","sliceName":"filler","min":0,"max":"1"},
          {"id":"DiagnosticReport.identifier:filler.type","path":"DiagnosticReport.identifier.type","min":1,
            "patternCodeableConcept":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"FILL"}]}},
          {"id":"DiagnosticReport.status","path":"DiagnosticReport.status","fixedCode":"final"},
          {"id":"DiagnosticReport.category","path":"DiagnosticReport.category","min":1,
            "binding":{"strength":"required","valueSet":"http://example.org/fhir/test/ValueSet/report-category"}}
         ]}}
        """),
        Parse("""
        {"resourceType":"StructureDefinition","id":"addendum-of","url":"http://example.org/fhir/test/StructureDefinition/addendum-of",
         "version":"0.1.0","name":"AddendumOf","status":"draft","kind":"complex-type","abstract":false,"type":"Extension",
         "context":[{"type":"element","expression":"DiagnosticReport"}],
         "baseDefinition":"http://hl7.org/fhir/StructureDefinition/Extension","derivation":"constraint",
         "differential":{"element":[
          {"id":"Extension","path":"Extension","max":"1"},
          {"id":"Extension.extension","path":"Extension.extension","max":"0"},
          {"id":"Extension.url","path":"Extension.url","fixedUri":"http://example.org/fhir/test/StructureDefinition/addendum-of"},
          {"id":"Extension.value[x]","path":"Extension.value[x]","min":1,
            "type":[{"code":"Reference","targetProfile":["http://hl7.org/fhir/StructureDefinition/DiagnosticReport"]}]}
         ]}}
        """),
        Parse("""
        {"resourceType":"CodeSystem","id":"report-category","url":"http://example.org/fhir/test/CodeSystem/report-category","version":"0.1.0",
         "status":"draft","content":"complete","concept":[{"code":"imaging","display":"Imaging report"},{"code":"addendum","display":"Addendum"}]}
        """),
        Parse("""
        {"resourceType":"ValueSet","id":"report-category","url":"http://example.org/fhir/test/ValueSet/report-category","version":"0.1.0",
         "status":"draft","compose":{"include":[{"system":"http://example.org/fhir/test/CodeSystem/report-category"}]}}
        """),
    ];

    /// <summary>A report that conforms; tests break one thing in it.</summary>
    public static JsonObject ValidReport() => Parse("""
        {"resourceType":"DiagnosticReport","meta":{"profile":["http://example.org/fhir/test/StructureDefinition/imaging-report"]},
         "extension":[{"url":"http://example.org/fhir/test/StructureDefinition/addendum-of","valueReference":{"reference":"DiagnosticReport/original"}}],
         "identifier":[
          {"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"ACSN"}]},"system":"http://hospital.example.org/accession","value":"A-1001"},
          {"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"FILL"}]},"value":"F-77"}],
         "status":"final",
         "category":[{"coding":[{"system":"http://example.org/fhir/test/CodeSystem/report-category","code":"imaging"}]}],
         "code":{"coding":[{"system":"http://loinc.org","code":"18748-4"}]},
         "subject":{"reference":"Patient/synthetic-1"},
         "conclusion":"No acute findings."}
        """);

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}

using System.Text;
using ConformanceHarness.Cli.Tests.Commands.Dicom;

namespace ConformanceHarness.Cli.Tests.Commands.Fhir;

/// <summary>Synthetic FHIR resources and a one-profile conformance pack, written into a test workspace.</summary>
public static class FhirResources
{
    public const string ProfileUrl = "http://example.org/fhir/cli-test/StructureDefinition/patient-with-birthdate";

    /// <summary>Every resource carries a narrative, so the dom-6 best-practice warning does not apply.</summary>
    private const string JsonText = "\"text\": {\"status\": \"generated\", \"div\": \"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">Synthetic</div>\"}";

    private const string XmlText = """<text><status value="generated"/><div xmlns="http://www.w3.org/1999/xhtml">Synthetic</div></text>""";

    public const string ValidPatient = "{\"resourceType\": \"Patient\", \"id\": \"p1\", " + JsonText + ", \"gender\": \"female\"}";

    /// <summary>The gender code is on line 2, column 2 (its property name).</summary>
    public const string InvalidGenderPatient = "{\"resourceType\": \"Patient\", " + JsonText + ",\n \"gender\": \"x\"}";

    public const string ValidXmlPatient = """<Patient xmlns="http://hl7.org/fhir">""" + XmlText + """<gender value="male"/></Patient>""";

    public const string InvalidXmlPatient = """<Patient xmlns="http://hl7.org/fhir">""" + XmlText + """<gender value="x"/></Patient>""";

    public static string Write(this DicomWorkspace workspace, string name, string text) => workspace.Write(name, Encoding.UTF8.GetBytes(text));

    /// <summary>A catalogue naming the profile's birthDate rule: the requirement a finding of it cites.</summary>
    public const string Catalogue = """
        {"pack": "example.cli.test", "requirements": [
          {"id": "CLI-PAT-1", "text": "A patient has a birth date", "level": "SHALL", "provenance": "INF",
           "source": "https://example.org/guide", "implementedBy": ["patient-with-birthdate#Patient.birthDate"]}]}
        """;

    /// <summary>The pack of <see cref="WritePack"/> carrying <see cref="Catalogue"/> in package/other/requirements.json.</summary>
    public static string WritePackWithCatalogue(DicomWorkspace workspace, string folder)
    {
        var pack = WritePack(workspace, folder);
        workspace.Write($"{folder}/package/other/requirements.json", Catalogue);
        return pack;
    }

    /// <summary>A package folder whose one differential profile makes Patient.birthDate required.</summary>
    public static string WritePack(DicomWorkspace workspace, string folder)
    {
        workspace.Write($"{folder}/package/package.json",
            """{"name": "example.cli.test", "version": "0.1.0", "fhirVersions": ["4.0.1"], "dependencies": {}}""");
        workspace.Write($"{folder}/package/StructureDefinition-patient-with-birthdate.json", $$$"""
            {"resourceType": "StructureDefinition", "id": "patient-with-birthdate", "url": "{{{ProfileUrl}}}", "version": "0.1.0",
             "name": "PatientWithBirthDate", "status": "draft", "kind": "resource", "abstract": false, "type": "Patient",
             "baseDefinition": "http://hl7.org/fhir/StructureDefinition/Patient", "derivation": "constraint",
             "differential": {"element": [{"id": "Patient.birthDate", "path": "Patient.birthDate", "min": 1}]}}
            """);
        return Path.Combine(workspace.Root, folder);
    }
}

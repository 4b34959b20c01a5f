using ConformanceHarness.Fhir.Requirements;
using ConformanceHarness.Requirements;
using ConformanceHarness.Fhir.Tests.Packages;

namespace ConformanceHarness.Fhir.Tests.Requirements;

/// <summary>A catalogue is read field by field; what is wrong is named with the file, the entry and the field.</summary>
public sealed class RequirementCatalogueTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private RequirementCatalogue Read(string json)
    {
        var path = _temp.Combine("requirements.json");
        File.WriteAllText(path, json);
        return RequirementCatalogue.Read(path);
    }

    private string ErrorOf(string json) => Assert.Throws<InvalidDataException>(() => Read(json)).Message.Replace(_temp.Combine("requirements.json"), "F", StringComparison.Ordinal);

    [Fact]
    public void Read_CitationTestCatalogue_HasItsEntriesAndParsedItems()
    {
        var catalogue = Read(RequirementCitationTests.Catalogue);

        Assert.Equal("test.pack", catalogue.Pack);
        Assert.Equal(["T-ACSN-1", "T-STATUS-1", "T-CAT-1", "T-CODE-1", "T-CONC-1", "T-BR-1"], catalogue.Requirements.Select(r => r.Id));
        var acsn = catalogue.Requirements[0].ImplementedBy.Single();
        Assert.Equal((ImplementedByKind.Element, "imaging-report", "DiagnosticReport.identifier:accession"), (acsn.Kind, acsn.Target, acsn.ElementId));
        Assert.Equal((ImplementedByKind.Invariant, "tir-1"), (catalogue.Requirements[4].ImplementedBy[0].Kind, catalogue.Requirements[4].ImplementedBy[0].Target));
        Assert.Equal("needs the server's patient registry", catalogue.Requirements[5].NotImplementable);
    }

    [Theory]
    [InlineData("not json", "F: not JSON: ")]
    [InlineData("[]", "F: expected an object with 'pack' and 'requirements'")]
    [InlineData("""{"requirements": []}""", "F: 'pack' is missing")]
    [InlineData("""{"pack": "p"}""", "F: 'requirements' is missing or not an array")]
    [InlineData("""{"pack": "p", "requirements": [{"text": "t"}]}""", "F: requirements[0]: 'id' is missing or empty")]
    [InlineData("""{"pack": "p", "requirements": [{"id": "A", "text": "t", "level": "MUST", "provenance": "v1", "implementedBy": ["invariant:k"]}]}""",
        "F: requirements[0] (A): level 'MUST' is not one of SHALL, SHALL NOT, SHOULD, SHOULD NOT, MAY")]
    [InlineData("""{"pack": "p", "requirements": [{"id": "A", "text": "t", "level": "SHALL", "implementedBy": ["invariant:k"]}]}""",
        "F: requirements[0] (A): 'provenance' is missing or empty")]
    [InlineData("""{"pack": "p", "requirements": [{"id": "A", "text": "t", "level": "SHALL", "provenance": "v1", "implementedBy": []}]}""",
        "F: requirements[0] (A): implementedBy is empty and notImplementable gives no reason")]
    [InlineData("""{"pack": "p", "requirements": [{"id": "A", "text": "t", "level": "SHALL", "provenance": "v1", "implementedBy": ["Patient.name"]}]}""",
        "F: requirements[0] (A): implementedBy[0] 'Patient.name': expected 'StructureDefinition-id#element-id', 'invariant:KEY', 'check:NAME' or 'rule:NAME'")]
    [InlineData("""{"pack": "p", "requirements": [{"id": "A", "text": "t", "level": "SHALL", "provenance": "v1", "implementedBy": ["check:x"]},""" +
        """{"id": "A", "text": "u", "level": "MAY", "provenance": "v1", "implementedBy": ["check:y"]}]}""", "F: requirement id A appears 2 times")]
    public void Read_BrokenCatalogue_NamesWhatAndWhere(string json, string message) =>
        Assert.StartsWith(message, ErrorOf(json));

    [Theory]
    [InlineData("check:", null)]
    [InlineData("invariant:", null)]
    [InlineData("#Patient.name", null)]
    [InlineData("sd#", null)]
    [InlineData("sd#a#b", null)]
    [InlineData("check:ambiguous-match", ImplementedByKind.Check)]
    [InlineData("sd-id#Patient.identifier:hcn.system", ImplementedByKind.Element)]
    public void Parse_ImplementedByForms(string text, ImplementedByKind? kind) =>
        Assert.Equal(kind, ImplementedBy.Parse(text)?.Kind);
}

using ConformanceHarness.Fhir.Definitions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;

namespace ConformanceHarness.Fhir.Tests.Definitions;

public sealed class CoreDefinitionsTests
{
    [Fact]
    public async System.Threading.Tasks.Task The_core_package_resolves_DiagnosticReport_with_its_snapshot()
    {
        var definition = await CoreDefinitions.Resolver.FindStructureDefinitionAsync("http://hl7.org/fhir/StructureDefinition/DiagnosticReport");

        Assert.NotNull(definition);
        Assert.Contains(definition!.Snapshot!.Element, e => e.Path == "DiagnosticReport.status" && e.Min == 1 && e.Max == "1");
    }

    [Fact]
    public void The_package_folder_has_the_manifest_and_the_index()
    {
        var folder = CoreDefinitions.EnsurePackageFolder();

        Assert.True(File.Exists(Path.Combine(folder, "package.json")));
        Assert.True(File.Exists(Path.Combine(folder, "StructureDefinition-Patient.json")));
        Assert.True(File.Exists(Path.Combine(folder, "CodeSystem-v2-0203.json")));
    }
}

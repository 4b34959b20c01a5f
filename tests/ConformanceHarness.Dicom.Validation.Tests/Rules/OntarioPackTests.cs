using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Modules;
using ConformanceHarness.Requirements;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules;

/// <summary>The real pack: it loads, its catalogue and rows agree, and a conformant synthetic CT passes under both profiles.</summary>
public sealed class OntarioPackTests
{
    [Theory]
    [InlineData("hospital")]
    [InlineData("ichsc")]
    public void Validate_ConformantSyntheticCtFile_HasNoFindings(string profile)
    {
        var path = Path.Combine(Path.GetTempPath(), $"harness-ontario-{Guid.NewGuid():N}.dcm");
        OntarioInstance.Build().Save(path);
        try
        {
            var result = new DicomConformanceEngine(OntarioPack.Pack, profile).Validate([path]);

            Assert.Empty(result.AllFindings);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Catalogue_EveryRuleRequirement_HasARowUsingThatRule()
    {
        var rows = OntarioPack.Pack.Rows;

        var unused = OntarioPack.Pack.Catalogue.Requirements
            .SelectMany(r => r.ImplementedBy.Where(i => i.Kind == ImplementedByKind.Rule).Select(i => $"{r.Id} → {i.Target}"))
            .Where(pair => !rows.Any(row => row.Rule.Name == pair.Split(" → ")[1]));

        Assert.Empty(unused);
    }

    [Fact]
    public void Rows_EveryRequirement_IsInTheCatalogueAndImplementedByItsRule()
    {
        var catalogue = OntarioPack.Pack.Catalogue.Requirements.ToDictionary(r => r.Id);

        var wrong = OntarioPack.Pack.Rows.Where(row => !catalogue.TryGetValue(row.Requirement.Id, out var requirement)
            || !requirement.ImplementedBy.Any(i => i.Kind == ImplementedByKind.Rule && i.Target == row.Rule.Name));

        Assert.Empty(wrong.Select(row => row.ToString()));
    }

    [Fact]
    public void Catalogue_RequirementsWithoutRows_SayWhyNotImplementable()
    {
        var used = OntarioPack.Pack.Rows.Select(row => row.Requirement.Id).ToHashSet();

        var silent = OntarioPack.Pack.Catalogue.Requirements.Where(r => !used.Contains(r.Id) && string.IsNullOrWhiteSpace(r.NotImplementable));

        Assert.Empty(silent.Select(r => r.Id));
    }

    [Fact]
    public void Rows_EveryCoveredModule_HasAModuleAttributesRow()
    {
        var rowModules = OntarioPack.Pack.Rows.Where(row => row.Rule.Name == ModuleAttributesRule.Name).Select(row => row.Parameters.String("module"));

        Assert.Equal(ModuleData.Modules.Keys.Order(), rowModules.Order());
    }

    [Fact]
    public void Readme_ProvenanceCounts_MatchTheCatalogue()
    {
        var readme = File.ReadAllText(Path.Combine(OntarioPack.Folder, "README.md"));

        foreach (var group in OntarioPack.Pack.Catalogue.Requirements.GroupBy(r => r.Provenance))
            Assert.Contains($"| {group.Key} | {group.Count()} | {group.Count(r => r.ImplementedBy.Count > 0)} |", readme);
    }
}

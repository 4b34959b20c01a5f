using System.Reflection;

namespace ConformanceHarness.Cli.Commands.Run;

/// <summary>
/// The assemblies whose [Binding] classes a run uses: ConformanceHarness.Steps (shipped beside the
/// CLI) and each <c>--bindings</c> path. A path that is missing or not a .NET assembly is a <see cref="HarnessError"/>.
/// </summary>
public static class BindingAssemblyLoader
{
    public const string DefaultAssemblyName = "ConformanceHarness.Steps";

    public static IReadOnlyList<Assembly> Load(IEnumerable<string> extraPaths, string baseDirectory)
    {
        var assemblies = new List<Assembly> { Assembly.Load(new AssemblyName(DefaultAssemblyName)) };
        foreach (var path in extraPaths)
        {
            var assembly = LoadFrom(path, baseDirectory);
            if (!assemblies.Contains(assembly)) assemblies.Add(assembly);
        }
        return assemblies;
    }

    private static Assembly LoadFrom(string path, string baseDirectory)
    {
        var full = Path.GetFullPath(path, baseDirectory);
        if (!File.Exists(full))
            throw new HarnessError($"binding assembly '{path}' does not exist (looked in {full})");
        try
        {
            return Assembly.LoadFrom(full);
        }
        catch (Exception error) when (error is BadImageFormatException or FileLoadException)
        {
            throw new HarnessError($"binding assembly '{path}' could not be loaded: {error.Message}", error);
        }
    }
}

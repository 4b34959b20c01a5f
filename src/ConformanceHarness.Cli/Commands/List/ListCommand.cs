using System.CommandLine;

namespace ConformanceHarness.Cli.Commands.List;

/// <summary>
/// <c>harness list</c>: load and filter the features exactly as <c>run</c> would, then print them
/// as text or JSON. Exit code 2 when a feature file has syntax errors, otherwise 0.
/// </summary>
public sealed class ListCommand(IReadOnlyList<string> paths, string tagExpression, string? nameFilter, string format,
    InvocationConfiguration io)
{
    public int Execute()
    {
        var features = FeatureCatalog.Load(paths, tagExpression, nameFilter, Directory.GetCurrentDirectory());
        if (format == "json") ListJsonWriter.Write(features, io.Output);
        else ListTextWriter.Write(features, io.Output);
        var errors = features.SelectMany(feature => feature.ParseErrors).ToList();
        foreach (var error in errors) io.Error.WriteLine(HarnessError.Prefix + error);
        return errors.Count > 0 ? ExitCodes.HarnessError : ExitCodes.Success;
    }
}

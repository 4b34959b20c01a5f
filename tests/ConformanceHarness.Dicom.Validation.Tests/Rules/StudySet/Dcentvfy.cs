using System.Text.RegularExpressions;
using ConformanceHarness.TestSupport.Peers;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.StudySet;

/// <summary>
/// Runs dicom3tools' dcentvfy over a set of files and reads its <c>Error - …</c> lines (it exits 1 when there are any),
/// each with the attributes it names: <c>Element=&lt;PatientName&gt;</c>; both of <c>Different PatientID for same
/// StudyInstanceUID</c>; <c>SOPInstanceUID</c> for <c>Duplicate SOPInstanceUID</c>.
/// </summary>
public static partial class Dcentvfy
{
    public sealed record Error(string Line, IReadOnlyList<string> Attributes);

    public static async Task<IReadOnlyList<Error>> ErrorsAsync(string dcentvfy, IReadOnlyList<string> files)
    {
        var result = await ToolProcess.RunAsync(dcentvfy, files, null, Path.GetDirectoryName(files[0])!, TimeSpan.FromSeconds(60), CancellationToken.None);
        if (result.ExitCode is not (0 or 1)) throw new InvalidOperationException($"dcentvfy failed: {result}");
        return [.. (result.StandardOutput + "\n" + result.StandardError).Split('\n').Where(line => line.StartsWith("Error - ", StringComparison.Ordinal))
            .Select(line => new Error(line, Attributes(line)))];
    }

    private static string[] Attributes(string line) =>
        ElementPattern().Match(line) is { Success: true } element ? [element.Groups[1].Value]
        : DifferentPattern().Match(line) is { Success: true } different ? [different.Groups[1].Value, different.Groups[2].Value]
        : line.StartsWith("Error - Duplicate SOPInstanceUID", StringComparison.Ordinal) ? ["SOPInstanceUID"]
        : [line];

    [GeneratedRegex(@"Element=<(\w+)>")]
    private static partial Regex ElementPattern();

    [GeneratedRegex(@"Different (\w+) for same (\w+)")]
    private static partial Regex DifferentPattern();
}

using System.ComponentModel;
using System.Diagnostics;

using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Oracles;

/// <summary>
/// The external oracle <c>dciodvfy</c> (dicom3tools): run on one file, its <c>Error - …</c> / <c>Warning - …</c> lines
/// become findings labelled <see cref="DicomFinding.Source"/> = <c>dciodvfy</c> (see <see cref="DciodvfyOutput"/>), for
/// IOD coverage beyond our modules. Each run is bounded by a time-out, past which the process is killed; a run that
/// cannot start or does not finish is itself one finding, never an exception.
/// </summary>
public static class Dciodvfy
{
    public const string Source = "dciodvfy";
    public const string ToolFailure = Source + ":tool";

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The dciodvfy found on PATH, or null.</summary>
    public static string? Executable { get; } = Find();

    public static bool IsInstalled => Executable is not null;

    /// <summary>Runs <c>dciodvfy FILE</c> and parses what it printed; when it is not installed, that is the one finding.</summary>
    public static Task<IReadOnlyList<DicomFinding>> RunAsync(string file, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        Executable is null
            ? Task.FromResult<IReadOnlyList<DicomFinding>>([Failure(file, "dciodvfy is not installed (not on PATH)")])
            : RunAsync(Executable, file, timeout ?? DefaultTimeout, cancellationToken);

    /// <summary>Runs <paramref name="executable"/> as dciodvfy (it writes its report on stderr; stdout is read too).</summary>
    internal static async Task<IReadOnlyList<DicomFinding>> RunAsync(string executable, string file, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = StartInfo(executable, file) };
        try
        {
            process.Start();
        }
        catch (Win32Exception error)
        {
            return [Failure(file, $"dciodvfy could not be started: {error.Message}")];
        }
        var output = Task.WhenAll(process.StandardError.ReadToEndAsync(CancellationToken.None), process.StandardOutput.ReadToEndAsync(CancellationToken.None));
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
            return DciodvfyOutput.Parse(string.Join('\n', await output), file);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Stop(process);
            return [Failure(file, $"dciodvfy did not finish within {timeout.TotalSeconds:0.###} s and was stopped")];
        }
    }

    /// <summary>Kills it with its children; one that exited meanwhile is left alone.</summary>
    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // it exited between the time-out and the kill: nothing to stop
        }
    }

    private static ProcessStartInfo StartInfo(string executable, string file)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(file);
        return start;
    }

    private static DicomFinding Failure(string file, string message) =>
        new(DicomFindingSeverity.Warning, ToolFailure, TagPath.Root, message) { File = file, Source = Source };

    private static string? Find()
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, Source);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}

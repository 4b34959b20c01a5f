using System.Diagnostics;

namespace ConformanceHarness.Cli.Tests;

/// <summary>The real entry point: harness.dll (copied next to the tests by the project reference) run by <c>dotnet</c>.</summary>
public sealed class HarnessProcessTests : IDisposable
{
    private readonly FeatureWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task HarnessDll_RunWithDefaults_ReturnsTheRunExitCodeAndWritesReports()
    {
        _workspace.AddFeature("Failing.feature", SampleFeatures.Failing);
        var harness = Path.Combine(AppContext.BaseDirectory, "harness.dll");
        Assert.True(File.Exists(harness), $"expected the built CLI at {harness}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { harness, "run", "--bindings", FeatureWorkspace.BindingAssemblyPath, "--run-id", "process" },
            WorkingDirectory = _workspace.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(process.ExitCode == 1, $"exit code {process.ExitCode}; stderr: {await stderr}");
        Assert.Contains("✗ Failing › the server errs", await stdout);
        Assert.True(File.Exists(Path.Combine(_workspace.Root, "reports", "process", "junit.xml")));
    }
}

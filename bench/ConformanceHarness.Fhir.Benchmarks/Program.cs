using BenchmarkDotNet.Running;
using ConformanceHarness.Fhir.Benchmarks;
using ConformanceHarness.Fhir.Validation;

if (args is ["--verify"])
{
    foreach (var (name, json) in ImagingResources.All)
        Console.WriteLine($"{name}: {FhirValidator.Core.Validate(json).ToString().ReplaceLineEndings(Environment.NewLine + "  ")}");
    return;
}
if (args is ["--cold"])
{
    Console.WriteLine($"process start to Main {(DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime).TotalMilliseconds:F0} ms");
    ColdStartBreakdown.Run();
    return;
}
if (args is ["--breakdown", ..])
{
    StageBreakdown.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(FhirValidateBenchmarks).Assembly).Run(args);

using BenchmarkDotNet.Running;
using ConformanceHarness.Dicom.Benchmarks;

if (args is ["--verify"])
{
    var benchmarks = new DicomCodecBenchmarks();
    benchmarks.Setup();
    Console.WriteLine($"files: {benchmarks.FileCount}, bytes: {benchmarks.ByteCount}, " +
        $"header-only elements: {benchmarks.ParseHeaderOnly()}, full elements: {benchmarks.ParseFull()}, bytes written: {benchmarks.Write()}");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(DicomCodecBenchmarks).Assembly).Run(args);

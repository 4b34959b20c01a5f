using BenchmarkDotNet.Attributes;
using ConformanceHarness.Dicom.IO;

namespace ConformanceHarness.Dicom.Benchmarks;

/// <summary>
/// The codec over every corpus file held in memory: parse header-only (stop before Pixel Data), parse
/// fully (every value loaded, none left lazy), and write back in each file's own transfer syntax.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DicomCodecBenchmarks
{
    private static readonly DicomReadOptions Full = new() { LargeValueThreshold = long.MaxValue };

    private byte[][] _files = [];
    private DicomFile[] _parsed = [];
    private readonly MemoryStream _output = new();

    public int FileCount => _files.Length;

    public long ByteCount => _files.Sum(bytes => (long)bytes.Length);

    [GlobalSetup]
    public void Setup()
    {
        _files = [.. CorpusFiles.Load().Select(file => file.Bytes)];
        _parsed = [.. _files.Select(bytes => DicomFile.Read(new MemoryStream(bytes), Full))];
    }

    /// <summary>Returns the number of top-level elements read, so the work cannot be optimised away.</summary>
    [Benchmark]
    public int ParseHeaderOnly() => _files.Sum(bytes => DicomFile.Read(new MemoryStream(bytes), DicomReadOptions.HeaderOnly).Dataset.Count);

    [Benchmark]
    public int ParseFull() => _files.Sum(bytes => DicomFile.Read(new MemoryStream(bytes), Full).Dataset.Count);

    /// <summary>Returns the bytes written.</summary>
    [Benchmark]
    public long Write()
    {
        long written = 0;
        foreach (var file in _parsed)
        {
            _output.SetLength(0);
            file.Save(_output);
            written += _output.Length;
        }
        return written;
    }
}

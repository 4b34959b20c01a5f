using BenchmarkDotNet.Attributes;
using ConformanceHarness.Fhir.Validation;
using ConformanceHarness.Fhir.Validation.Parsing;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Benchmarks;

/// <summary>
/// Warm throughput of <see cref="FhirValidator.Core"/> on the five <see cref="ImagingResources"/>: from JSON text (strict
/// parse, typed tree, walk) and from POCOs parsed once (typed tree and walk only). One operation validates one resource.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class FhirValidateBenchmarks
{
    private const int Resources = 5;

    private string[] _texts = [];
    private Resource[] _pocos = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = [.. ImagingResources.All.Select(r => r.Json)];
        _pocos = [.. _texts.Select(text => ResourceParser.Parse(text, ResourceFormat.Json).Resource!)];
        foreach (var text in _texts) FhirValidator.Core.Validate(text); // schemas compiled, terminology indexed
    }

    /// <summary>Returns the number of findings, so the work cannot be optimised away.</summary>
    [Benchmark(OperationsPerInvoke = Resources)]
    public int FromText()
    {
        var findings = 0;
        foreach (var text in _texts) findings += FhirValidator.Core.Validate(text).Findings.Count;
        return findings;
    }

    [Benchmark(OperationsPerInvoke = Resources)]
    public int FromPoco()
    {
        var findings = 0;
        foreach (var poco in _pocos) findings += FhirValidator.Core.Validate(poco).Findings.Count;
        return findings;
    }
}

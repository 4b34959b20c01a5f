using System.Diagnostics;
using ConformanceHarness.Fhir.Validation;
using ConformanceHarness.Fhir.Validation.Parsing;
using Hl7.Fhir.ElementModel;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Benchmarks;

/// <summary>
/// Where a warm validation's time goes, by Stopwatch over many rounds of the five resources (single thread): strict
/// parse alone, POCO → typed tree with every node visited once, validation from a POCO (typed tree and walk) and from
/// text (everything). The walk is roughly "from POCO" minus "typed tree".
/// </summary>
public static class StageBreakdown
{
    public static void Run(int rounds)
    {
        var texts = ImagingResources.All.Select(r => r.Json).ToArray();
        var pocos = texts.Select(t => ResourceParser.Parse(t, ResourceFormat.Json).Resource!).ToArray();
        (string Name, Action Round)[] stages =
        [
            ("parse (strict SDK deserializer)", () => { foreach (var t in texts) ResourceParser.Parse(t, ResourceFormat.Json); }),
            ("typed tree (ToTypedElement, every node once)", () => { foreach (var p in pocos) Visit(ToTyped(p)); }),
            ("typed tree in ScopedNode, every node once", () => { foreach (var p in pocos) Visit(new ScopedNode(ToTyped(p))); }),
            ("validate from POCO (tree + walk)", () => { foreach (var p in pocos) FhirValidator.Core.Validate(p); }),
            ("validate from text (parse + tree + walk)", () => { foreach (var t in texts) FhirValidator.Core.Validate(t); }),
        ];
        // The first pass lets tiered compilation settle (each stage's code reaches tier 1); the second is printed.
        foreach (var (_, round) in stages) Measure(Math.Max(1, rounds / 4), texts.Length, round);
        foreach (var (name, round) in stages) Print(name, Measure(rounds, texts.Length, round));
    }

#pragma warning disable SDK0001 // the POCO typed tree, as FhirValidator uses it
    private static ITypedElement ToTyped(Resource poco) => poco.ToTypedElement();
#pragma warning restore SDK0001

    private static int Visit(ITypedElement node)
    {
        var count = 1;
        foreach (var child in node.Children()) count += Visit(child);
        return count;
    }

    private static (double Microseconds, long Bytes) Measure(int rounds, int perRound, Action round)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++) round();
        watch.Stop();
        return (watch.Elapsed.TotalMicroseconds / (rounds * perRound), (GC.GetAllocatedBytesForCurrentThread() - allocated) / (rounds * perRound));
    }

    private static void Print(string stage, (double Microseconds, long Bytes) cost) =>
        Console.WriteLine($"{stage,-48} {cost.Microseconds,9:F1} µs/resource {1e6 / cost.Microseconds,9:N0} resources/s {cost.Bytes / 1024.0,8:F1} KB/resource");
}

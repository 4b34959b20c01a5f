using BenchmarkDotNet.Attributes;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Modules;
using ConformanceHarness.TestSupport.Synthetic;

namespace ConformanceHarness.Dicom.Validation.Benchmarks;

/// <summary>
/// Warm, in process: the module-attributes rule of every covered module over 100 synthetic CT instances (each with a
/// Request Attributes item carrying a protocol context, so nested conditions are met), as the module data has them
/// (<see cref="WithConditions"/>) and with every 1C/2C taken as Type 3 (<see cref="TypesOnly"/>): the difference is
/// what evaluating the conditions costs.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ModuleRuleBenchmarks
{
    private InstanceContext[] _instances = [];
    private IInstanceRule[] _withConditions = [];
    private IInstanceRule[] _typesOnly = [];

    [GlobalSetup]
    public void Setup()
    {
        _instances = [.. Enumerable.Range(1, 100).Select(i => new InstanceContext(Instance(i), $"ct{i}.dcm", "hospital"))];
        _withConditions = [.. ModuleData.Modules.Values.Select(m => (IInstanceRule)new ModuleAttributesRule(m))];
        _typesOnly = [.. ModuleData.Modules.Values.Select(m => (IInstanceRule)new ModuleAttributesRule(m with { Attributes = WithoutConditions(m.Attributes) }))];
    }

    /// <summary>Returns the number of findings, so the work cannot be optimised away.</summary>
    [Benchmark(Baseline = true)]
    public int TypesOnly() => Check(_typesOnly);

    [Benchmark]
    public int WithConditions() => Check(_withConditions);

    private int Check(IInstanceRule[] rules)
    {
        var count = 0;
        foreach (var instance in _instances)
            foreach (var rule in rules) count += rule.Check(instance).Count();
        return count;
    }

    private static List<ModuleAttribute> WithoutConditions(IReadOnlyList<ModuleAttribute> attributes) =>
        [.. attributes.Select(a => a with { Type = a.IsConditional ? AttributeType.Type3 : a.Type, Condition = null, Items = WithoutConditions(a.Items) })];

    private static DicomFile Instance(int seed)
    {
        var file = SyntheticInstances.CtImage(new CtImageSpec { PixelDataBytes = 32, Seed = seed, InstanceNumber = seed });
        var context = new DicomDataset().AddOrUpdate(DicomTags.ValueType, "TEXT").AddOrUpdate(DicomTags.TextValue, "contrast");
        file.Dataset.AddOrUpdate(new DicomSequence(DicomTags.RequestAttributesSequence, new DicomDataset()
            .AddOrUpdate(DicomTags.RequestedProcedureID, "RP-1")
            .AddOrUpdate(new DicomSequence(DicomTags.ScheduledProtocolCodeSequence, new DicomDataset()
                .AddOrUpdate(new DicomSequence(DicomTags.ProtocolContextSequence, context))))));
        return file;
    }
}

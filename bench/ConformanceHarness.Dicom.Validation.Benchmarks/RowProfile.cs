using System.Diagnostics;
using ConformanceHarness.Dicom.IO;
using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Benchmarks;

/// <summary>
/// Where one in-process run of a pack spends its time: loading the pack (once), reading the folder header-only, then each instance row over
/// every instance already read, each study-set row over them, and the whole engine run: the first round (cold: JIT,
/// tier-0 code, as in a whole process) and the median of ROUNDS more (warm). Rough (Stopwatch, a shared machine), for
/// finding the costly rows.
/// </summary>
public static class RowProfile
{
    public static int Run(string folder, string packFolder, int rounds)
    {
        var times = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var pack = Time(times, "load the pack (rules, requirements, module data)", () => DicomRulePack.Load(packFolder));
        var paths = Directory.GetFiles(folder, "*.dcm").Order(StringComparer.Ordinal).ToList();
        for (var round = 0; round <= rounds; round++)
        {
            var files = Time(times, "read header-only", () => paths.Select(p => new InstanceContext(DicomFile.Open(p, DicomReadOptions.HeaderOnly), p, pack.DefaultProfile)).ToList());
            foreach (var row in pack.Rows)
                Time(times, row.ToString(), () => Apply(row, files));
            Time(times, "engine.Validate (read + every row)", () => new DicomConformanceEngine(pack).Validate(paths).AllFindings.Count());
        }
        Console.WriteLine($"{paths.Count} files; cold = first round, warm = median of {rounds} more");
        foreach (var (name, list) in times.OrderByDescending(t => t.Value[0]))
            Console.WriteLine($"cold {list[0] * 1000,8:F1} ms  warm {Median([.. list.Skip(1).DefaultIfEmpty(list[0])]) * 1000,8:F1} ms  {name}");
        return 0;
    }

    private static int Apply(DicomPackRow row, List<InstanceContext> files)
    {
        if (row.InstanceRule is { } rule) return files.Sum(f => rule.Check(f).Count());
        var setRule = row.Rule.StudySet!(row.Parameters);
        foreach (var file in files) setRule.Observe(file);
        return setRule.Complete().Count();
    }

    private static T Time<T>(Dictionary<string, List<double>> times, string name, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        (times.TryGetValue(name, out var list) ? list : times[name] = []).Add(clock.Elapsed.TotalSeconds);
        return result;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}

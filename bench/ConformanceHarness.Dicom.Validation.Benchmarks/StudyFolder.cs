using ConformanceHarness.TestSupport.Synthetic;

namespace ConformanceHarness.Dicom.Validation.Benchmarks;

/// <summary>The bench's input: one synthetic CT study (512×512×16 bits, ~0.5 MB per file), written once and kept.</summary>
public static class StudyFolder
{
    public static int Generate(string folder, int count)
    {
        if (Directory.Exists(folder) && Directory.GetFiles(folder, "*.dcm").Length == count)
        {
            Console.WriteLine($"{folder}: {count} instances already there");
            return 0;
        }
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var files = SyntheticInstances.WriteStudy(folder, count, new CtImageSpec { Seed = 42 });
        Console.WriteLine($"{folder}: wrote {files.Count} instances");
        return 0;
    }
}

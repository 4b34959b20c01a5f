using ConformanceHarness.Dicom.Validation.Benchmarks;

// generate DIR [N]   N synthetic CT instances (~0.5 MB, one study and series) as DIR/CT0001.dcm…, unless already there
// pack DIR           writes a pack of every registered rule into DIR (for `harness dicom validate --pack DIR`)
// validate DIR       every registered rule over DIR/*.dcm (header-only, streaming); prints the counts, exit 1 on errors
// bdn [BenchmarkDotNet arguments]   the BenchmarkDotNet classes (--filter '*')
// profile DIR PACK [ROUNDS]   in-process time of each row of the pack folder PACK over DIR/*.dcm: cold, and the median of ROUNDS warm (default 5)
return args switch
{
    ["generate", var folder] => StudyFolder.Generate(folder, 1000),
    ["generate", var folder, var count] => StudyFolder.Generate(folder, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    ["pack", var folder] => AllRulesPack.Write(folder),
    ["validate", var folder] => AllRulesPack.Validate(folder),
    ["profile", var folder, var pack] => RowProfile.Run(folder, pack, 5),
    ["profile", var folder, var pack, var rounds] => RowProfile.Run(folder, pack, int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture)),
    ["bdn", .. var rest] => RunBenchmarks(rest),
    _ => Usage(),
};

static int RunBenchmarks(string[] arguments)
{
    BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(ModuleRuleBenchmarks).Assembly).Run(arguments);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: generate DIR [N] | pack DIR | validate DIR | profile DIR PACK [ROUNDS] | bdn [BenchmarkDotNet arguments]");
    return 2;
}

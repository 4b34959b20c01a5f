using ConformanceHarness.Dicom.Generator;

if (args.Length is < 2 or > 3)
{
    Console.Error.WriteLine($"usage: {DictionaryGenerator.Usage}");
    return 2;
}

var outputDir = args[1];
var repoDataDir = args.Length == 3 ? args[2] : Path.Combine(outputDir, "..", "Data");
foreach (var file in DictionaryGenerator.Generate(args[0], repoDataDir, outputDir))
    Console.WriteLine($"wrote {file}");
return 0;

using System.CommandLine;

using ConformanceHarness.Fixtures.Mutations;

namespace ConformanceHarness.Cli.Commands.Generate;

/// <summary>Turns the parsed options into <see cref="GenerateSettings"/>, refusing modalities and mutations that do not exist.</summary>
internal static class GenerateOptionReader
{
    public static GenerateSettings Read(ParseResult parseResult)
    {
        var modalities = (parseResult.GetValue(GenerateCommandDefinition.ModalitiesOption) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(m => m.ToUpperInvariant()).Distinct().ToList();
        if (modalities.Count == 0) throw new HarnessError("generate: --modalities names no modality");
        if (modalities.FirstOrDefault(m => !GenerateSettings.AllModalities.Contains(m)) is { } unknown)
            throw new HarnessError($"generate: --modalities: unknown modality '{unknown}'; expected some of {string.Join(",", GenerateSettings.AllModalities)}");
        var output = parseResult.GetValue(GenerateCommandDefinition.OutOption);
        if (string.IsNullOrWhiteSpace(output)) throw new HarnessError("generate: --out DIR is required (the folder to write into)");
        return new GenerateSettings(
            parseResult.GetValue(GenerateCommandDefinition.PatientsOption),
            parseResult.GetValue(GenerateCommandDefinition.StudiesOption),
            parseResult.GetValue(GenerateCommandDefinition.SeedOption),
            output,
            modalities,
            parseResult.GetValue(GenerateCommandDefinition.SeriesOption),
            parseResult.GetValue(GenerateCommandDefinition.InstancesOption),
            !parseResult.GetValue(GenerateCommandDefinition.NoPixelsOption),
            Mutations(parseResult.GetValue(GenerateCommandDefinition.MutateOption) ?? []),
            parseResult.GetValue(GenerateCommandDefinition.NoProgressOption));
    }

    private static List<string> Mutations(string[] requested)
    {
        var names = requested.SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (names.Contains("all")) return [.. MutationCatalogue.All.Select(m => m.Name)];
        var unknown = names.Where(n => MutationCatalogue.All.All(m => m.Name != n)).ToList();
        if (unknown.Count > 0)
            throw new HarnessError($"generate: --mutate: unknown mutation '{unknown[0]}' (`harness generate --list-mutations` lists the {MutationCatalogue.All.Count} known)");
        return [.. names.Distinct()];
    }
}

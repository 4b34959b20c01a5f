using System.CommandLine;

namespace ConformanceHarness.Cli.Commands.Generate;

/// <summary>The options of <c>harness generate</c>; the behaviour is in <see cref="GenerateCommand"/>.</summary>
public static class GenerateCommandDefinition
{
    public static readonly Option<int> PatientsOption = Count("--patients", "Patients to generate", 1);

    public static readonly Option<int> StudiesOption = Count("--studies-per-patient", "Imaging orders, each with its study and report, per patient", 1);

    public static readonly Option<int> SeedOption = new("--seed")
    {
        Description = "The world's seed: the same seed and options give byte-identical output",
        DefaultValueFactory = _ => 1,
    };

    public static readonly Option<string> OutOption = new("--out")
    {
        Description = "The folder to write into (created; must be empty or absent); required unless --list-mutations",
        HelpName = "DIR",
    };

    public static readonly Option<bool> ListMutationsOption = new("--list-mutations")
    {
        Description = "List the mutation catalogue (name, channel, requirement violated, what it changes) and exit",
    };

    public static readonly Option<string> ModalitiesOption = new("--modalities")
    {
        Description = $"Comma-separated modalities, taken in turn by the studies (default all: {string.Join(",", GenerateSettings.AllModalities)})",
        HelpName = "CT,MR,…",
        DefaultValueFactory = _ => string.Join(",", GenerateSettings.AllModalities),
    };

    public static readonly Option<int> SeriesOption = Count("--series", "Series per study", 2);

    public static readonly Option<int> InstancesOption = Count("--instances", "Images per series", 3);

    public static readonly Option<bool> NoPixelsOption = new("--no-pixels")
    {
        Description = "Images without Pixel Data (header-only: fast, but not conformant to their IOD)",
    };

    public static readonly Option<string[]> MutateOption = new("--mutate")
    {
        Description = "Also write the broken variant of a clean base for the named mutation (repeatable), or all of them; each is listed in manifest.json with the requirement it violates",
        HelpName = "NAME|all",
        AllowMultipleArgumentsPerToken = true,
    };

    public static readonly Option<bool> NoProgressOption = new("--no-progress") { Description = "Do not show progress" };

    public static Command Create()
    {
        var command = new Command("generate",
            "Generate linked synthetic Ontario data: patients, orders, DICOM studies, FHIR bundles and reports, and a manifest; optionally the negative mutations")
        {
            PatientsOption, StudiesOption, SeedOption, OutOption, ModalitiesOption, SeriesOption, InstancesOption, NoPixelsOption, MutateOption, NoProgressOption, ListMutationsOption,
        };
        command.SetAction(parseResult => parseResult.GetValue(ListMutationsOption)
            ? MutationListing.Write(parseResult.InvocationConfiguration.Output)
            : GenerateCommand.Execute(parseResult));
        return command;
    }

    private static Option<int> Count(string name, string description, int defaultValue)
    {
        var option = new Option<int>(name) { Description = $"{description} (default {defaultValue})", HelpName = "N", DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 100_000) result.AddError($"{name} must be between 1 and 100000");
        });
        return option;
    }
}

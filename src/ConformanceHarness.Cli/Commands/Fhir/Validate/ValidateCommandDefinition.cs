using System.CommandLine;

namespace ConformanceHarness.Cli.Commands.Fhir.Validate;

/// <summary>The arguments and options of <c>harness fhir validate</c>; the behaviour is in <see cref="ValidateCommand"/>.</summary>
public static class ValidateCommandDefinition
{
    public static readonly Argument<string[]> PathsArgument = new("paths")
    {
        Description = "FHIR resources (JSON or XML) and folders of them (every *.json and *.xml below, recursively)",
        Arity = ArgumentArity.OneOrMore,
        Validators = { CommonOptions.RejectOptionLikePaths },
    };

    public static readonly Option<string[]> ProfileOption = new("--profile", "-p")
    {
        Description = "Also validate every resource against this profile's canonical URL (url or url|version); repeatable",
        HelpName = "URL",
    };

    public static readonly Option<string[]> PackOption = new("--pack")
    {
        Description = "A conformance pack: a FHIR NPM package folder or .tgz, or the name of a built-in pack in Fixtures/Packs; " +
            "repeatable (default: base R4 only)",
        HelpName = "NAME|DIR|TGZ",
    };

    public static readonly Option<string[]> RequirementsOption = new("--requirements")
    {
        Description = "A requirement catalogue (requirements.json) whose ids findings cite, e.g. ours applied to an official " +
            "package given with --pack; a pack's own catalogue (package/other/requirements.json) is always used; repeatable",
        HelpName = "FILE",
    };

    public static readonly Option<string> FormatOption = CreateFormatOption();

    public static Command Create()
    {
        var command = new Command("validate",
            "Validate FHIR R4 resources against the core definitions, the profiles they declare and the profiles given; " +
            "exit code 1 when any resource has an error")
        {
            PathsArgument,
            ProfileOption,
            PackOption,
            RequirementsOption,
            FormatOption,
        };
        command.SetAction(parseResult => new ValidateCommand(
            new ValidateSettings(parseResult.GetValue(PathsArgument) ?? [], parseResult.GetValue(ProfileOption) ?? [],
                parseResult.GetValue(PackOption) ?? [], parseResult.GetValue(FormatOption) ?? ValidateSettings.TextFormat,
                parseResult.GetValue(RequirementsOption) ?? []),
            parseResult.InvocationConfiguration).Execute());
        return command;
    }

    private static Option<string> CreateFormatOption()
    {
        var option = new Option<string>("--format")
        {
            Description = "text (a line per finding and a summary), json (an array of files with their findings) or " +
                "operationoutcome (a FHIR OperationOutcome per file; a Bundle of them for several files)",
            DefaultValueFactory = _ => ValidateSettings.TextFormat,
        };
        option.AcceptOnlyFromAmong(ValidateSettings.TextFormat, ValidateSettings.JsonFormat, ValidateSettings.OperationOutcomeFormat);
        return option;
    }
}

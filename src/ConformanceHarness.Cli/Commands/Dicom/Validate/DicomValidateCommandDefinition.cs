using System.CommandLine;

namespace ConformanceHarness.Cli.Commands.Dicom.Validate;

/// <summary>The arguments and options of <c>harness dicom validate</c>; the behaviour is in <see cref="DicomValidateCommand"/>.</summary>
public static class DicomValidateCommandDefinition
{
    public static readonly Argument<string[]> PathsArgument = new("paths")
    {
        Description = "DICOM files and folders of them (every DICOM file below, recursively; other files are skipped with a note)",
        Arity = ArgumentArity.OneOrMore,
        Validators = { CommonOptions.RejectOptionLikePaths },
    };

    public static readonly Option<string> PackOption = new("--pack")
    {
        Description = $"A DICOM rule pack: a folder with rules.json and requirements.json, or the name of a built-in pack in Fixtures/Packs (default {DicomValidateSettings.DefaultPack})",
        HelpName = "NAME|DIR",
        DefaultValueFactory = _ => DicomValidateSettings.DefaultPack,
    };

    public static readonly Option<string?> ProfileOption = new("--profile")
    {
        Description = "The contributor profile whose rule levels apply (the pack's: hospital, ichsc; default the pack's first)",
        HelpName = "NAME",
    };

    public static readonly Option<bool> WithDciodvfyOption = new("--with-dciodvfy")
    {
        Description = "Also run dciodvfy on each file and list its findings as a separate, labelled source (needs dicom3tools)",
    };

    public static readonly Option<string> FormatOption = CreateFormatOption();

    public static Command Create()
    {
        var command = new Command("validate",
            "Validate DICOM instances and the study set they form against a rule pack; a summary per requirement; exit code 1 when any finding is an error")
        {
            PathsArgument,
            PackOption,
            ProfileOption,
            WithDciodvfyOption,
            FormatOption,
        };
        command.SetAction(parseResult => new DicomValidateCommand(
            new DicomValidateSettings(parseResult.GetValue(PathsArgument) ?? [], parseResult.GetValue(PackOption) ?? DicomValidateSettings.DefaultPack,
                parseResult.GetValue(ProfileOption), parseResult.GetValue(WithDciodvfyOption), parseResult.GetValue(FormatOption) ?? DicomValidateSettings.TextFormat),
            parseResult.InvocationConfiguration).Execute());
        return command;
    }

    private static Option<string> CreateFormatOption()
    {
        var option = new Option<string>("--format")
        {
            Description = "text (a line per finding, a summary per requirement) or json (files, set findings and requirements)",
            DefaultValueFactory = _ => DicomValidateSettings.TextFormat,
        };
        option.AcceptOnlyFromAmong(DicomValidateSettings.TextFormat, DicomValidateSettings.JsonFormat);
        return option;
    }
}

using System.CommandLine;

namespace ConformanceHarness.Cli.Commands.Dicom.Dump;

/// <summary>The arguments and options of <c>harness dicom dump</c>; the behaviour is in <see cref="DumpCommand"/>.</summary>
public static class DumpCommandDefinition
{
    public const int DefaultMaxValueLength = 64;

    public static readonly Argument<string[]> FilesArgument = new("files")
    {
        Description = "DICOM files to dump",
        Arity = ArgumentArity.OneOrMore,
        Validators = { CommonOptions.RejectOptionLikePaths },
    };

    public static readonly Option<bool> PrintAllOption = new("--print-all", "-a")
    {
        Description = $"Print whole values (by default a value is cut after {DefaultMaxValueLength} characters, ending in ...)",
    };

    public static Command Create()
    {
        var command = new Command("dump",
            "Print DICOM files as text, dcmdump-style: file meta first, one line per element (gggg,eeee) VR value # length, VM Keyword")
        {
            FilesArgument, PrintAllOption,
        };
        command.SetAction(parseResult => new DumpCommand(
            parseResult.GetValue(FilesArgument) ?? [],
            parseResult.GetValue(PrintAllOption) ? null : DefaultMaxValueLength,
            parseResult.InvocationConfiguration).Execute());
        return command;
    }
}

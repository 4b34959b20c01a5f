using System.CommandLine;
using System.CommandLine.Parsing;
using System.Net;
using ConformanceHarness.Cli.Commands.Dicom.Network;

namespace ConformanceHarness.Cli.Commands.Dicom.Listen;

/// <summary>The options of <c>harness dicom listen</c>; the behaviour is in <see cref="ListenCommand"/>.</summary>
public static class ListenCommandDefinition
{
    public static readonly Option<int> PortOption = new("--port", "-p")
    {
        Description = "TCP port to listen on (0: any free port, printed on the first line)",
        HelpName = "PORT",
        Required = true,
        Validators = { NetworkOptionValidators.ListenPort },
    };

    public static readonly Option<string> AeTitleOption = new("--aet")
    {
        Description = "This storage SCP's AE title; associations called otherwise are rejected",
        DefaultValueFactory = _ => NetworkOptions.DefaultCallingAeTitle,
        HelpName = "AE",
        Validators = { NetworkOptionValidators.AeTitle },
    };

    public static readonly Option<string> BindOption = new("--bind")
    {
        Description = "Local IP address to listen on (0.0.0.0 for every interface)",
        DefaultValueFactory = _ => "127.0.0.1",
        HelpName = "ADDRESS",
        Validators = { ValidateAddress },
    };

    public static readonly Option<string> OutOption = new("--out", "-o")
    {
        Description = "Folder each received instance is written to, as <SOP Instance UID>.dcm (Part 10, data set as received)",
        HelpName = "DIR",
        Required = true,
    };

    public static readonly Option<int?> ExitAfterOption = new("--exit-after")
    {
        Description = "Stop after N associations have ended (released, aborted or rejected); without it, run until Ctrl+C or SIGTERM",
        HelpName = "N",
        Validators = { NetworkOptionValidators.AtLeastOne },
    };

    public static Command Create()
    {
        var command = new Command("listen",
            "Run a storage SCP (Verification and every Storage SOP class) that writes each received instance to a folder, " +
            "printing a line per association and instance, until Ctrl+C")
        {
            PortOption, AeTitleOption, BindOption, OutOption, ExitAfterOption,
            NetworkOptions.TimeoutOption, NetworkOptions.MaxPduOption, NetworkOptions.EvidenceOption,
        };
        foreach (var option in TlsOptions.All) command.Options.Add(option);
        command.SetAction((parseResult, cancellation) =>
            new ListenCommand(ListenSettings.From(parseResult), parseResult.InvocationConfiguration).ExecuteAsync(cancellation));
        return command;
    }

    public static IPAddress Address(string text) => IPAddress.Parse(text);

    private static void ValidateAddress(OptionResult result)
    {
        var value = result.GetValueOrDefault<string>() ?? "";
        if (!IPAddress.TryParse(value, out _)) result.AddError($"--bind '{value}' is not an IP address (e.g. 127.0.0.1)");
    }
}

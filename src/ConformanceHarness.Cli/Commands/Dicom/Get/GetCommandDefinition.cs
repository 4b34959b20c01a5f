using System.CommandLine;
using ConformanceHarness.Cli.Commands.Dicom.Network;
using ConformanceHarness.Cli.Commands.Dicom.Query;

namespace ConformanceHarness.Cli.Commands.Dicom.Get;

/// <summary>The options of <c>harness dicom get</c>; the behaviour is in <see cref="GetCommand"/>.</summary>
public static class GetCommandDefinition
{
    /// <summary>One presentation context for the GET SOP class leaves 127 for storage (PS3.8 §9.3.2.2).</summary>
    public const int MaximumSopClasses = 127;

    public static readonly Option<string> OutOption = new("--out", "-o")
    {
        Description = "Folder the received instances are written to, as <SOP Instance UID>.dcm (created if missing)",
        HelpName = "DIR",
        Required = true,
    };

    public static readonly Option<string[]> SopClassOption = new("--sop-class")
    {
        Description = "Storage SOP class to receive, as a UID or keyword (CTImageStorage); repeatable. Default: the common image, " +
            "SR, PDF and RT storage classes",
        HelpName = "UID",
    };

    public static Command Create()
    {
        var command = NetworkOptions.Create("get",
            "Retrieve the matching instances from a Query/Retrieve SCP with C-GET, on the same association, into a folder");
        QueryOptions.AddTo(command);
        command.Options.Add(OutOption);
        command.Options.Add(SopClassOption);
        command.SetAction((parseResult, cancellation) => new GetCommand(DicomPeer.From(parseResult), QueryOptions.Read(parseResult),
            SopClasses(parseResult), parseResult.GetValue(OutOption)!, parseResult.InvocationConfiguration).ExecuteAsync(cancellation));
        return command;
    }

    private static IReadOnlyList<string> SopClasses(ParseResult parseResult)
    {
        var given = parseResult.GetValue(SopClassOption) ?? [];
        var uids = given.Length == 0 ? CommonStorageSopClasses.All : [.. given.Select(CommonStorageSopClasses.Resolve).Distinct()];
        return uids.Count <= MaximumSopClasses ? uids
            : throw new HarnessError($"--sop-class names {uids.Count} SOP classes; one association carries at most {MaximumSopClasses} besides the GET context");
    }
}

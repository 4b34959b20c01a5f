using System.CommandLine;

namespace ConformanceHarness.Cli.Commands.Evidence.Verify;

/// <summary>The argument of <c>harness evidence verify</c>; the behaviour is in <see cref="VerifyCommand"/>.</summary>
public static class VerifyCommandDefinition
{
    public static readonly Argument<string> PathArgument = new("file")
    {
        Description = "An evidence log (NDJSON) written with --evidence",
        Validators = { CommonOptions.RejectOptionLikePaths },
    };

    public static Command Create()
    {
        var command = new Command("verify",
            "Check an evidence log's hash chain and closing record: exit 0 when intact and closed, 1 with the first broken line " +
            "or when lines are missing at the end, 2 when it cannot be read")
        {
            PathArgument,
        };
        command.SetAction((parseResult, cancellation) =>
            new VerifyCommand(parseResult.GetValue(PathArgument)!, parseResult.InvocationConfiguration).ExecuteAsync(cancellation));
        return command;
    }
}

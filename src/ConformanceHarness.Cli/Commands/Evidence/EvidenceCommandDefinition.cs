using System.CommandLine;
using ConformanceHarness.Cli.Commands.Evidence.Verify;

namespace ConformanceHarness.Cli.Commands.Evidence;

/// <summary><c>harness evidence</c>: work with the hash-chained evidence logs the harness writes (<c>--evidence</c>).</summary>
public static class EvidenceCommandDefinition
{
    public static Command Create() =>
        new("evidence", "Check the hash-chained evidence logs the harness writes (--evidence FILE)")
        {
            VerifyCommandDefinition.Create(),
        };
}

using ConformanceHarness.Fixtures.Mutations;

namespace ConformanceHarness.Cli.Commands.Generate;

// Temporary until the Fixtures' mutation base lands (same session): the catalogue is empty, so this is never reached.
internal static class MutationBases
{
    public static ArtifactSet Get(int seed) => throw new HarnessError($"generate: no mutation base for seed {seed} yet");
}

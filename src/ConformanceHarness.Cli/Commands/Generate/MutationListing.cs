using ConformanceHarness.Fixtures.Mutations;

namespace ConformanceHarness.Cli.Commands.Generate;

/// <summary><c>harness generate --list-mutations</c>: one line per mutation, <c>name  channel  requirement  description</c>.</summary>
internal static class MutationListing
{
    public static int Write(TextWriter output)
    {
        var width = MutationCatalogue.All.Select(m => m.Name.Length).DefaultIfEmpty(4).Max();
        foreach (var mutation in MutationCatalogue.All)
            output.WriteLine($"{mutation.Name.PadRight(width)}  {mutation.Channel,-5}  {mutation.Violates,-22}  {mutation.Description}");
        output.WriteLine($"{MutationCatalogue.All.Count} mutations over {MutationCatalogue.All.Select(m => m.Violates).Distinct().Count()} requirements");
        return ExitCodes.Success;
    }
}

using Spectre.Console;

namespace ConformanceHarness.Cli.Commands.Generate;

/// <summary>Progress of a generation: a progress bar on a terminal, a line at every tenth of the studies otherwise, nothing
/// with <c>--no-progress</c>. <c>work</c> calls the action it is given once per study.</summary>
internal static class GenerateProgress
{
    public static void Run(TextWriter output, GenerateSettings settings, Action<Action> work)
    {
        var console = HarnessConsole.Create(output);
        if (settings.NoProgress) work(() => { });
        else if (console.Profile.Capabilities.Interactive)
            console.Progress().Start(context =>
            {
                var task = context.AddTask("studies", maxValue: settings.StudyCount);
                work(() => task.Increment(1));
            });
        else work(Lines(output, settings.StudyCount));
    }

    private static Action Lines(TextWriter output, int total)
    {
        var done = 0;
        var step = Math.Max(1, total / 10);
        return () =>
        {
            done++;
            if (done % step == 0 || done == total) output.WriteLine($"generate: {done}/{total} studies");
        };
    }
}

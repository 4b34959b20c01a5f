using System.Runtime.InteropServices;
using System.Text;
using ConformanceHarness.Cli;

StartupProfile.Start(args);
Console.OutputEncoding = Encoding.UTF8;
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C cancels the run cleanly (remaining steps skipped, reports written); a second one kills.
    if (cancellation.IsCancellationRequested) return;
    e.Cancel = true;
    cancellation.Cancel();
};
// SIGTERM (docker stop, systemd, kill) stops as cleanly as Ctrl+C: e.g. harness dicom listen finishes open associations.
using var termination = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});
return await HarnessApp.RunAsync(args, Console.Out, Console.Error, cancellation.Token);

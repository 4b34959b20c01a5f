using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Cli.Commands.Dicom.Store;

/// <summary>The outcome of each C-STORE of a <c>harness dicom store</c> run, and the summary line.</summary>
public sealed class StoreTally(int skipped)
{
    public int Sent { get; private set; }

    public int Warnings { get; private set; }

    public int Failed { get; private set; }

    /// <summary>Counts a response status; returns the word the file's line starts with.</summary>
    public string Add(DicomStatusState state)
    {
        switch (state)
        {
            case DicomStatusState.Success: Sent++; return "sent";
            case DicomStatusState.Warning: Warnings++; return "warning";
            default: Failed++; return "failed";
        }
    }

    public string Summary() =>
        $"summary: {Sent} sent, {Warnings} with warnings, {Failed} failed" + (skipped > 0 ? $", {skipped} skipped (not DICOM Part 10)" : "");
}

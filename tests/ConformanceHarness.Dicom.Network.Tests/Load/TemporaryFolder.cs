namespace ConformanceHarness.Dicom.Network.Tests.Load;

/// <summary>A fresh folder under the system's temporary directory, deleted with everything in it on dispose.</summary>
internal sealed class TemporaryFolder(string prefix) : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open (a server not yet stopped) keeps it; the system's temporary cleanup takes it later.
        }
    }
}

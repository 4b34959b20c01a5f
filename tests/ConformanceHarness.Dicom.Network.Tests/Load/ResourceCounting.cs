namespace ConformanceHarness.Dicom.Network.Tests.Load;

/// <summary>Tests that count the process's open file descriptors or load the machine run alone, after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ResourceCounting
{
    public const string Name = "Resource counting";

    /// <summary>Open file descriptors of this process (sockets included), or null where /proc is not available.</summary>
    public static int? OpenFileDescriptors() =>
        Directory.Exists("/proc/self/fd") ? Directory.GetFileSystemEntries("/proc/self/fd").Length : null;
}

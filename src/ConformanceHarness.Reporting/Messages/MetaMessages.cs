using System.Reflection;
using System.Runtime.InteropServices;
using Cucumber.Messages;
using Io.Cucumber.Messages.Types;

namespace ConformanceHarness.Reporting.Messages;

/// <summary>The <c>meta</c> message: protocol version, this implementation, the .NET runtime, OS and CPU.</summary>
public static class MetaMessages
{
    public const string ImplementationName = "ConformanceHarness";

    public static Meta Create() => new(
        WithoutBuildMetadata(ProtocolVersion.Version),
        new Product(ImplementationName, ImplementationVersion()),
        new Product(".NET", Environment.Version.ToString()),
        new Product(OperatingSystemName(), Environment.OSVersion.Version.ToString()),
        new Product(RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant(), null),
        null);

    /// <summary>"35.0.0+e0ed539…" becomes "35.0.0": the protocol version is a plain semantic version.</summary>
    private static string WithoutBuildMetadata(string version)
    {
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }

    private static string? ImplementationVersion()
    {
        var assembly = typeof(MetaMessages).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational is null ? assembly.GetName().Version?.ToString() : WithoutBuildMetadata(informational);
    }

    private static string OperatingSystemName() =>
        OperatingSystem.IsWindows() ? "windows"
        : OperatingSystem.IsMacOS() ? "darwin"
        : OperatingSystem.IsLinux() ? "linux"
        : RuntimeInformation.OSDescription;
}

namespace ConformanceHarness.Dicom.Network.Tests;

public sealed class ProjectTests
{
    [Fact]
    public void NetworkAssembly_ReferencesTheCodec() =>
        Assert.Contains(typeof(ProjectTests).Assembly.GetReferencedAssemblies().Concat(
                System.Reflection.Assembly.Load("ConformanceHarness.Dicom.Network").GetReferencedAssemblies()),
            name => name.Name == "ConformanceHarness.Dicom");
}

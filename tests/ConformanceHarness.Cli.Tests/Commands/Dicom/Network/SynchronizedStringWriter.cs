using System.Text;

namespace ConformanceHarness.Cli.Tests.Commands.Dicom.Network;

/// <summary>A StringWriter that a test can read while the command writes from other threads.</summary>
public sealed class SynchronizedStringWriter : StringWriter
{
    private readonly Lock _gate = new();

    public override void Write(char value)
    {
        lock (_gate) base.Write(value);
    }

    public override void Write(string? value)
    {
        lock (_gate) base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_gate) base.Write(buffer, index, count);
    }

    public override void WriteLine(string? value)
    {
        lock (_gate) base.WriteLine(value);
    }

    public override string ToString()
    {
        lock (_gate) return base.ToString();
    }

    public override Encoding Encoding => Encoding.UTF8;
}

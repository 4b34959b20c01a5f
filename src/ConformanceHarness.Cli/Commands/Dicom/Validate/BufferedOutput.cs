using System.Text;

namespace ConformanceHarness.Cli.Commands.Dicom.Validate;

/// <summary>
/// Collects what is written and passes it on to the inner writer in blocks of <see cref="BlockChars"/>: the console's
/// writer flushes on every call, one system call per verdict line otherwise (some 7,000 for a 1,000-instance folder).
/// </summary>
internal sealed class BufferedOutput(TextWriter inner) : TextWriter
{
    public const int BlockChars = 64 * 1024;

    private readonly StringBuilder _buffer = new(BlockChars + 1024);

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        _buffer.Append(value);
        if (_buffer.Length >= BlockChars) Flush();
    }

    public override void Write(string? value)
    {
        _buffer.Append(value);
        if (_buffer.Length >= BlockChars) Flush();
    }

    public override void Flush()
    {
        inner.Write(_buffer.ToString());
        _buffer.Clear();
        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Flush();
        base.Dispose(disposing);
    }
}

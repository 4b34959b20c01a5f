namespace ConformanceHarness.Dicom.Imaging.Jpeg;

/// <summary>
/// One image component of a frame, T.81 §B.2.2 (Ci, Hi, Vi, Tqi), and the sample plane its blocks decode into:
/// the plane is padded to whole MCUs (§A.2.4), so its width is a multiple of 8 × Hi.
/// </summary>
public sealed class JpegComponent(int id, int horizontal, int vertical, int quantizationTable)
{
    public int Id { get; } = id;

    public int H { get; } = horizontal;

    public int V { get; } = vertical;

    public int QuantizationTable { get; } = quantizationTable;

    /// <summary>Blocks per line and per column of this component alone, §A.2.</summary>
    public int BlocksPerLine { get; private set; }

    public int BlocksPerColumn { get; private set; }

    public int PlaneWidth { get; private set; }

    public byte[] Plane { get; private set; } = [];

    /// <summary>DC predictor, §F.2.1.3.1: reset to 0 at the start of each scan and restart interval.</summary>
    public int Predictor { get; set; }

    public HuffmanTable? DcTable { get; set; }

    public HuffmanTable? AcTable { get; set; }

    internal void Allocate(JpegFrame frame)
    {
        BlocksPerLine = Ceiling(Ceiling(frame.Width * H, frame.MaxH), 8);
        BlocksPerColumn = Ceiling(Ceiling(frame.Height * V, frame.MaxV), 8);
        PlaneWidth = frame.McusPerLine * H * 8;
        Plane = new byte[(long)PlaneWidth * frame.McusPerColumn * V * 8];
    }

    private static int Ceiling(int value, int divisor) => (value + divisor - 1) / divisor;
}

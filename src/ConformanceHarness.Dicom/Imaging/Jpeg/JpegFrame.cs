namespace ConformanceHarness.Dicom.Imaging.Jpeg;

/// <summary>The frame header of a baseline or extended sequential DCT frame, T.81 §B.2.2 (SOF0/SOF1), and its MCU grid (§A.2).</summary>
public sealed class JpegFrame
{
    public JpegFrame(int precision, int height, int width, IReadOnlyList<JpegComponent> components)
    {
        Precision = precision;
        Height = height;
        Width = width;
        Components = components;
        MaxH = components.Max(c => c.H);
        MaxV = components.Max(c => c.V);
        McusPerLine = (width + 8 * MaxH - 1) / (8 * MaxH);
        McusPerColumn = (height + 8 * MaxV - 1) / (8 * MaxV);
        foreach (var component in components) component.Allocate(this);
    }

    /// <summary>Sample precision P in bits (8 here).</summary>
    public int Precision { get; }

    /// <summary>Number of lines Y.</summary>
    public int Height { get; }

    /// <summary>Samples per line X.</summary>
    public int Width { get; }

    public IReadOnlyList<JpegComponent> Components { get; }

    public int MaxH { get; }

    public int MaxV { get; }

    public int McusPerLine { get; }

    public int McusPerColumn { get; }
}

namespace ConformanceHarness.Gherkin.Tests.Tables.Models;

public sealed class AllTypes
{
    public string? Text { get; set; }

    public byte Byte { get; set; }

    public sbyte SByte { get; set; }

    public short Short { get; set; }

    public ushort UShort { get; set; }

    public int Int { get; set; }

    public uint UInt { get; set; }

    public long Long { get; set; }

    public ulong ULong { get; set; }

    public float Float { get; set; }

    public double Double { get; set; }

    public decimal Decimal { get; set; }

    public bool Bool { get; set; }

    public char Char { get; set; }

    public Guid Guid { get; set; }

    public DateTime DateTime { get; set; }

    public DateOnly DateOnly { get; set; }

    public TimeOnly TimeOnly { get; set; }

    public DateTimeOffset DateTimeOffset { get; set; }

    public TimeSpan TimeSpan { get; set; }

    public Uri? Uri { get; set; }

    public Colour Colour { get; set; }

    public int? NullableInt { get; set; }

    public Colour? NullableColour { get; set; }

    public DateTime? NullableDateTime { get; set; }

    public bool? NullableBool { get; set; }
}

namespace ConformanceHarness.Fixtures.Orders;

/// <summary>Laterality (0020,0060) / Image Laterality (0020,0062), PS3.3 C.7.3.1: the codes are the enumerated values; None sends no value.</summary>
public enum Laterality
{
    None = 0,
    Right = 'R',
    Left = 'L',
    Both = 'B',
}

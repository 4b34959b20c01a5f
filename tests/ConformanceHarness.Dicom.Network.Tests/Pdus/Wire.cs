using System.Text;
using System.Text.RegularExpressions;

namespace ConformanceHarness.Dicom.Network.Tests.Pdus;

/// <summary>Byte tables written as hex pairs and 'quoted ASCII', e.g. <c>"10 00 00 03 '1.2'"</c>.</summary>
internal static partial class Wire
{
    public static byte[] Bytes(string table)
    {
        var bytes = new List<byte>();
        foreach (Match token in Token().Matches(table))
        {
            if (token.Value[0] == '\'') bytes.AddRange(Encoding.ASCII.GetBytes(token.Value[1..^1]));
            else bytes.Add(Convert.ToByte(token.Value, 16));
        }

        return [.. bytes];
    }

    public static string Zeros(int count) => string.Join(' ', Enumerable.Repeat("00", count));

    [GeneratedRegex("'[^']*'|[0-9A-Fa-f]{2}")]
    private static partial Regex Token();
}

namespace ConformanceHarness.Fixtures.Dicom.Pixels;

/// <summary>A 5×7 bitmap font holding just the letters of "SYNTHETIC" ('#' is ink), drawn by hand for this project.</summary>
internal static class BitmapFont
{
    public const int Width = 5;

    public const int Height = 7;

    private static readonly Dictionary<char, string[]> Glyphs = new()
    {
        ['S'] = [".####", "#....", "#....", ".###.", "....#", "....#", "####."],
        ['Y'] = ["#...#", "#...#", ".#.#.", "..#..", "..#..", "..#..", "..#.."],
        ['N'] = ["#...#", "##..#", "#.#.#", "#..##", "#...#", "#...#", "#...#"],
        ['T'] = ["#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#.."],
        ['H'] = ["#...#", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"],
        ['E'] = ["#####", "#....", "#....", "####.", "#....", "#....", "#####"],
        ['I'] = [".###.", "..#..", "..#..", "..#..", "..#..", "..#..", ".###."],
        ['C'] = [".####", "#....", "#....", "#....", "#....", "#....", ".####"],
    };

    /// <summary>True when the pixel (<paramref name="x"/>, <paramref name="y"/>) of <paramref name="letter"/> is ink.</summary>
    public static bool IsInk(char letter, int x, int y) =>
        Glyphs.TryGetValue(letter, out var rows) ? rows[y][x] == '#'
            : throw new ArgumentException($"the font has no glyph for '{letter}'", nameof(letter));

    /// <summary>Width of <paramref name="text"/> with one blank column between letters.</summary>
    public static int TextWidth(string text) => text.Length * (Width + 1) - 1;
}

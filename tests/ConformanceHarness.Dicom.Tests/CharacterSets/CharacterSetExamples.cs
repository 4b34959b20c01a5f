namespace ConformanceHarness.Dicom.Tests.CharacterSets;

/// <summary>
/// Values and their exact bytes: (0008,0005) joined with "\", VR, text, bytes as a Latin-1 string
/// ("\u001b" is ESC). The Annex H, I, J and K rows are the examples of PS3.5 byte for byte.
/// </summary>
internal static class CharacterSetExamples
{
    private const string Esc = "\u001b";

    public static TheoryData<string, string, string, string> All { get; } = new()
    {
        // PS3.5 H.3.1: value 1 empty (ISO-IR 6), kanji and hiragana in JIS X 0208.
        { @"\ISO 2022 IR 87", "PN", "Yamada^Tarou=山田^太郎=やまだ^たろう",
            $"Yamada^Tarou={Esc}$B;3ED{Esc}(B^{Esc}$BB@O:{Esc}(B={Esc}$B$d$^$@{Esc}(B^{Esc}$B$?$m$&{Esc}(B" },
        // PS3.5 H.3.2: value 1 ISO 2022 IR 13, half-width katakana in G1; JIS X 0201 Romaji returns with ESC ( J.
        { @"ISO 2022 IR 13\ISO 2022 IR 87", "PN", "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう",
            $"\u00d4\u00cf\u00c0\u00de^\u00c0\u00db\u00b3={Esc}$B;3ED{Esc}(J^{Esc}$BB@O:{Esc}(J={Esc}$B$d$^$@{Esc}(J^{Esc}$B$?$m$&{Esc}(J" },
        // PS3.5 I.2: KS X 1001 in G1, designated again in every component.
        { @"\ISO 2022 IR 149", "PN", "Hong^Gildong=洪^吉洞=홍^길동",
            $"Hong^Gildong={Esc}$)C\u00fb\u00f3^{Esc}$)C\u00d1\u00ce\u00d4\u00d7={Esc}$)C\u00c8\u00ab^{Esc}$)C\u00b1\u00e6\u00b5\u00bf" },
        // PS3.5 K.2: GB 2312 in G1.
        { @"\ISO 2022 IR 58", "PN", "Zhang^XiaoDong=张^小东=", $"Zhang^XiaoDong={Esc}$)A\u00d5\u00c5^{Esc}$)A\u00d0\u00a1\u00b6\u00ab=" },
        // PS3.5 K.3: every line starts in the default set and designates GB 2312 again.
        { @"\ISO 2022 IR 58", "LT", "1.第一行文字。\r\n2.第二行文字。\r\n3.第三行文字。\r\n",
            $"1.{Esc}$)A\u00b5\u00da\u00d2\u00bb\u00d0\u00d0\u00ce\u00c4\u00d7\u00d6\u00a1\u00a3\r\n" +
            $"2.{Esc}$)A\u00b5\u00da\u00b6\u00fe\u00d0\u00d0\u00ce\u00c4\u00d7\u00d6\u00a1\u00a3\r\n" +
            $"3.{Esc}$)A\u00b5\u00da\u00c8\u00fd\u00d0\u00d0\u00ce\u00c4\u00d7\u00d6\u00a1\u00a3\r\n" },
        // PS3.5 J.1 and J.2: UTF-8.
        { "ISO_IR 192", "PN", "Wang^XiaoDong=王^小東=", "Wang^XiaoDong=\u00e7\u008e\u008b^\u00e5\u00b0\u008f\u00e6\u009d\u00b1=" },
        { "ISO_IR 192", "LT", "The first line includes中文.\r\nThe second line includes中文, too.\r\nThe third line.\r\n",
            "The first line includes\u00e4\u00b8\u00ad\u00e6\u0096\u0087.\r\nThe second line includes\u00e4\u00b8\u00ad\u00e6\u0096\u0087, too.\r\nThe third line.\r\n" },
        // PS3.5 J.3 and J.4: GB18030; J.5 and J.6: GBK, the same bytes.
        { "GB18030", "PN", "Wang^XiaoDong=王^小东=", "Wang^XiaoDong=\u00cd\u00f5^\u00d0\u00a1\u00b6\u00ab=" },
        { "GB18030", "LT", "The first line includes中文.\r\nThe second line includes中文, too.\r\nThe third line.\r\n",
            "The first line includes\u00d6\u00d0\u00ce\u00c4.\r\nThe second line includes\u00d6\u00d0\u00ce\u00c4, too.\r\nThe third line.\r\n" },
        { "GBK", "PN", "Wang^XiaoDong=王^小东=", "Wang^XiaoDong=\u00cd\u00f5^\u00d0\u00a1\u00b6\u00ab=" },
        // Single-byte sets of Table C.12-2.
        { "ISO_IR 100", "PN", "Buc^Jérôme", "Buc^J\u00e9r\u00f4me" },
        { "ISO_IR 100", "PN", "Äneas^Rüdiger", "\u00c4neas^R\u00fcdiger" },
        { "ISO_IR 101", "PN", "Dvořák^Antonín", "Dvo\u00f8\u00e1k^Anton\u00edn" },
        { "ISO_IR 126", "PN", "Διονυσιος", "\u00c4\u00e9\u00ef\u00ed\u00f5\u00f3\u00e9\u00ef\u00f2" },
        { "ISO_IR 138", "PN", "שרון^דבורה", "\u00f9\u00f8\u00e5\u00ef^\u00e3\u00e1\u00e5\u00f8\u00e4" },
        { "ISO_IR 127", "PN", "قباني^لنزار", "\u00e2\u00c8\u00c7\u00e6\u00ea^\u00e4\u00e6\u00d2\u00c7\u00d1" },
        { "ISO_IR 144", "PN", "Люкceмбypг", "\u00bb\u00ee\u00dace\u00dc\u00d1yp\u00d3" },
        { "ISO_IR 148", "LO", "Ğüneş", "\u00d0\u00fcne\u00fe" },
        { "ISO_IR 166", "LO", "ภาษาไทย", "\u00c0\u00d2\u00c9\u00d2\u00e4\u00b7\u00c2" },
        { "ISO_IR 13", "PN", "ﾔﾏﾀﾞ^ﾀﾛｳ", "\u00d4\u00cf\u00c0\u00de^\u00c0\u00db\u00b3" },
        { "", "SH", "ASCII only", "ASCII only" },
        // Code extensions between single-byte G1 sets; value 1's set is designated again at the end.
        { @"ISO 2022 IR 100\ISO 2022 IR 126", "PN", "Jérôme^Διον", $"J\u00e9r\u00f4me^{Esc}-F\u00c4\u00e9\u00ef\u00ed{Esc}-A" },
        // JIS X 0212 in G0 (ISO 2022 IR 159) beside JIS X 0208.
        { @"\ISO 2022 IR 87\ISO 2022 IR 159", "LO", "山丂", $"{Esc}$B;3{Esc}$(D0!{Esc}(B" },
    };
}

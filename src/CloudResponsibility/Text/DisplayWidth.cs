namespace CloudResponsibility.Text
{
    /// <summary>
    /// How many columns of a fixed-width font text takes: East Asian wide and full-width characters
    /// take two (the HelpCompiler holds about topics to 80 columns the same way). A workbook's
    /// column widths are fitted with it, so that a Japanese column is as readable as an English one.
    /// </summary>
    public static class DisplayWidth
    {
        /// <summary>The width of <paramref name="text"/> in columns; of its longest line when it has several.</summary>
        public static int Of(string? text)
        {
            if (text is null) return 0;
            int widest = 0, width = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\n' || c == '\r')
                {
                    if (width > widest) widest = width;
                    width = 0;
                    continue;
                }
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    width += IsWide(char.ConvertToUtf32(c, text[i + 1])) ? 2 : 1;
                    i++;
                    continue;
                }
                width += IsWide(c) ? 2 : 1;
            }
            return width > widest ? width : widest;
        }

        private static bool IsWide(int c) =>
            (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
            || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
            || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
            || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}

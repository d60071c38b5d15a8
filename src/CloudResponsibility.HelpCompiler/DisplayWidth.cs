using System.Text;

namespace CloudResponsibility.HelpCompiler
{
    /// <summary>
    /// How many terminal columns text takes: East Asian wide and full-width characters take two,
    /// so a Japanese about topic is held to the same 80 columns as an English one.
    /// </summary>
    public static class DisplayWidth
    {
        /// <summary>The width of <paramref name="text"/> in columns.</summary>
        public static int Of(string text)
        {
            var width = 0;
            foreach (var rune in text.EnumerateRunes()) width += IsWide(rune.Value) ? 2 : 1;
            return width;
        }

        private static bool IsWide(int c) =>
            (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
            || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
            || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
            || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}

namespace CloudResponsibility.Host
{
    /// <summary>
    /// How many terminal columns a character takes. The formatter pads table columns by this, so without it
    /// a column of Japanese text is drawn twice as wide as its header.
    /// </summary>
    public static class CellWidth
    {
        public static int Of(char c) => IsWide(c) ? 2 : 1;

        public static int Of(string text, int offset = 0)
        {
            int cells = 0;
            for (int i = offset; i < text.Length; i++)
            {
                cells += Of(text[i]);
            }

            return cells;
        }

        // The East Asian wide and fullwidth ranges of the Basic Multilingual Plane, as terminals draw them
        // (the same ranges as Markus Kuhn's wcwidth and PowerShell's own console host).
        private static bool IsWide(char c) =>
            c >= '\u1100'
            && (c <= '\u115f'
                || c == '\u2329'
                || c == '\u232a'
                || (c >= '\u2e80' && c <= '\ua4cf' && c != '\u303f')
                || (c >= '\uac00' && c <= '\ud7a3')
                || (c >= '\uf900' && c <= '\ufaff')
                || (c >= '\ufe30' && c <= '\ufe6f')
                || (c >= '\uff00' && c <= '\uff60')
                || (c >= '\uffe0' && c <= '\uffe6'));
    }
}

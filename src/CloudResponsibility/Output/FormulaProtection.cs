namespace CloudResponsibility.Output
{
    /// <summary>
    /// The apostrophe a CSV report puts before text that a spreadsheet would run as a formula
    /// (starting with = + - @ tab or CR, as OWASP lists them), and its removal by every reader of
    /// the module, so that what a report writes reads back as it was: a service named
    /// "-Legacy CRM" is written <c>'-Legacy CRM</c> and read as "-Legacy CRM" again.
    /// The reader removes one apostrophe from a cell that starts with one or more apostrophes and
    /// then such a character, and nothing else (<c>'quoted'</c> stays as it is); so that every text
    /// survives the trip, the writer adds one to a text that starts that way already (<c>'=x</c> is
    /// written <c>''=x</c>), as it does to a formula-looking one.
    /// </summary>
    internal static class FormulaProtection
    {
        private const char Apostrophe = '\'';

        /// <summary>Whether a CSV writer puts an apostrophe before <paramref name="text"/>: it starts like a formula, after any apostrophes.</summary>
        public static bool NeedsProtection(string text)
        {
            var i = 0;
            while (i < text.Length && text[i] == Apostrophe) i++;
            return i < text.Length && IsFormulaStart(text[i]);
        }

        /// <summary>
        /// Whether a writer that runs no formulas (a workbook's typed cells) still puts an apostrophe
        /// before <paramref name="text"/>: it looks protected already, and a reader would take one off.
        /// </summary>
        public static bool LooksProtected(string text) => text.Length > 1 && text[0] == Apostrophe && NeedsProtection(text);

        /// <summary>The text with the protecting apostrophe.</summary>
        public static string Protect(string text) => Apostrophe + text;

        /// <summary>A cell as read, without the apostrophe a writer put before it; any other cell as it is.</summary>
        public static string Unprotect(string cell) => LooksProtected(cell) ? cell.Substring(1) : cell;

        /// <summary><see cref="Unprotect(string)"/> for a cell that may be missing.</summary>
        public static string? UnprotectCell(string? cell) => cell is null ? null : Unprotect(cell);

        private static bool IsFormulaStart(char c) => c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}

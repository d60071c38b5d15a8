namespace CloudResponsibility.Parsing
{
    /// <summary>
    /// Reads a yes/no cell the way spreadsheets fill them in. Yes: yes, y, true, t, 1, はい, ○, 〇,
    /// ◯, ✓, ✔, 有, 有り, あり. No: no, n, false, f, 0, いいえ, ×, ✕, ✖, ✗, ✘, 無, 無し, なし. Unknown
    /// (null): an empty cell, "unknown" and 不明 — the model's flags are nullable because an
    /// inventory often does not know yet, and a cell that says so is not an error.
    /// </summary>
    public static class BooleanParser
    {
        private static readonly AliasTable<bool?> Table = new AliasTable<bool?>()
            .Add(true, "yes", "y", "true", "t", "1", "はい", "○", "〇", "◯", "✓", "✔", "有", "有り", "あり")
            .Add(false, "no", "n", "false", "f", "0", "いいえ", "×", "✕", "✖", "✗", "✘", "無", "無し", "なし")
            .Add(null, "unknown", "不明");

        /// <summary>Reads a flag; true with a null value for an empty (unknown) cell, false for text that is not a flag.</summary>
        public static bool TryParse(string? text, out bool? value)
        {
            value = null;
            if (text is null) return true;
            // The usual spellings first, without a lookup: a flag column is read on every row.
            switch (text)
            {
                case "": return true;
                case "yes": case "Yes": case "YES": case "true": case "TRUE": case "True": case "1": value = true; return true;
                case "no": case "No": case "NO": case "false": case "FALSE": case "False": case "0": value = false; return true;
            }
            if (TextNormalizer.IsBlank(text)) return true;
            return Table.TryGet(text, out value);
        }
    }
}

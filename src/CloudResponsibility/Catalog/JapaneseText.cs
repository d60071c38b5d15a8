namespace CloudResponsibility.Catalog
{
    /// <summary>Tells Japanese text from English, so a swapped or untranslated cell fails validation.</summary>
    internal static class JapaneseText
    {
        /// <summary>Whether the text has a hiragana, katakana or CJK ideograph character.</summary>
        public static bool Contains(string text)
        {
            foreach (var c in text)
            {
                if ((c >= '\u3040' && c <= '\u30FF') || (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF')) return true;
            }
            return false;
        }
    }
}

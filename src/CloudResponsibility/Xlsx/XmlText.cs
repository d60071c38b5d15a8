using System.IO;

namespace CloudResponsibility.Xlsx
{
    /// <summary>
    /// Text as a workbook's XML holds it. Markup characters are escaped; characters XML cannot hold
    /// (control characters, a lone surrogate) and the carriage return, which XML readers turn into
    /// a line feed, are written as Excel writes them, <c>_x000D_</c>; text that already looks
    /// like such an escape gets its underscore escaped, so that it reads back as written.
    /// </summary>
    public static class XmlText
    {
        /// <summary>Writes <paramref name="text"/> as element content or an attribute value (quotes escaped too).</summary>
        public static void Write(TextWriter writer, string text)
        {
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                string? replacement;
                if (c >= 0x20 && c < 0xD800)
                {
                    // The usual case first: nothing to escape but markup and a literal "_x".
                    if (c == '&') replacement = "&amp;";
                    else if (c == '<') replacement = "&lt;";
                    else if (c == '>') replacement = "&gt;";
                    else if (c == '"') replacement = "&quot;";
                    else if (c == '_' && LooksEscaped(text, i)) replacement = "_x005F_";
                    else continue;
                }
                else if (c == '\t' || c == '\n') continue;
                else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }
                else if (c >= 0xE000 && c < 0xFFFE) continue;
                else replacement = "_x" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + "_";
                if (i > start) writer.Write(text.ToCharArray(start, i - start));
                writer.Write(replacement);
                start = i + 1;
            }
            if (start == 0) writer.Write(text);
            else if (start < text.Length) writer.Write(text.ToCharArray(start, text.Length - start));
        }

        /// <summary>Whether the text at <paramref name="index"/> reads as an escape <c>_xHHHH_</c>.</summary>
        public static bool LooksEscaped(string text, int index)
        {
            if (index + 6 >= text.Length || text[index + 1] != 'x' || text[index + 6] != '_') return false;
            for (var k = index + 2; k < index + 6; k++)
                if (!System.Uri.IsHexDigit(text[k])) return false;
            return true;
        }

        /// <summary>Undoes the escapes <see cref="Write"/> makes (and Excel writes): <c>_x000D_</c> is a carriage return.</summary>
        public static string Unescape(string text)
        {
            if (text.IndexOf("_x", System.StringComparison.Ordinal) < 0) return text;
            var builder = new System.Text.StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '_' && LooksEscaped(text, i))
                {
                    builder.Append((char)System.Convert.ToInt32(text.Substring(i + 2, 4), 16));
                    i += 6;
                }
                else builder.Append(text[i]);
            }
            return builder.ToString();
        }
    }
}

using System;
using System.Globalization;
using System.Text;

namespace CloudResponsibility.Text
{
    /// <summary>
    /// The encoding names the cmdlets accept, as PowerShell 7 spells them (utf8BOM, utf8NoBOM,
    /// unicode …) plus the Japanese ones Excel users meet (shift_jis, cp932), and any name or code
    /// page .NET knows.
    /// </summary>
    public static class EncodingNames
    {
        /// <summary>The names offered for tab completion.</summary>
        public static readonly string[] Common = { "utf8BOM", "utf8NoBOM", "utf8", "unicode", "bigendianunicode", "utf32", "shift_jis", "cp932", "ascii" };

        /// <summary>The encoding a name stands for; throws <see cref="ArgumentException"/> for an unknown name.</summary>
        public static Encoding Resolve(string name)
        {
            CodePages.EnsureRegistered();
            switch ((name ?? string.Empty).Trim().ToLowerInvariant())
            {
                case "utf8bom": return new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
                case "utf8":
                case "utf-8":
                case "utf8nobom": return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
                case "unicode":
                case "utf16":
                case "utf-16":
                case "utf-16le": return new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
                case "bigendianunicode":
                case "utf-16be": return new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
                case "utf32":
                case "utf-32": return new UTF32Encoding(bigEndian: false, byteOrderMark: true);
                case "ascii": return Encoding.ASCII;
                case "shift_jis":
                case "shift-jis":
                case "sjis":
                case "cp932":
                case "windows-31j": return CodePages.ShiftJis;
            }
            try
            {
                return int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var codePage)
                    ? Encoding.GetEncoding(codePage)
                    : Encoding.GetEncoding(name!.Trim());
            }
            catch (Exception exception) when (exception is ArgumentException || exception is NotSupportedException)
            {
                throw new ArgumentException($"'{name}' is not an encoding this machine knows. Use one of: {string.Join(", ", Common)}, or a code page number.", nameof(name), exception);
            }
        }
    }
}

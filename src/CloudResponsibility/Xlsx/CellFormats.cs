using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;

namespace CloudResponsibility.Xlsx
{
    /// <summary>
    /// Which of a workbook's cell styles show a number as a date or time (xl/styles.xml): Excel
    /// stores dates as numbers, and only the style tells them apart. The built-in date formats
    /// (including the Japanese era and 年月日 ones) and any custom format with date or time parts.
    /// </summary>
    internal sealed class CellFormats
    {
        private readonly bool[] dateStyles;

        private CellFormats(bool[] dateStyles) => this.dateStyles = dateStyles;

        public static CellFormats None { get; } = new CellFormats(Array.Empty<bool>());

        /// <summary>Whether the style at <paramref name="index"/> shows a date or time.</summary>
        public bool IsDate(int index) => index >= 0 && index < dateStyles.Length && dateStyles[index];

        public static CellFormats Read(Stream part)
        {
            var custom = new Dictionary<int, bool>();
            var styles = new List<bool>();
            using var xml = XmlReader.Create(part, WorkbookXml.Settings);
            var inCellXfs = false;
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs") inCellXfs = false;
                if (xml.NodeType != XmlNodeType.Element) continue;
                switch (xml.LocalName)
                {
                    case "numFmt":
                        if (int.TryParse(xml.GetAttribute("numFmtId"), out var id)) custom[id] = IsDateFormat(xml.GetAttribute("formatCode") ?? string.Empty);
                        break;
                    case "cellXfs":
                        inCellXfs = !xml.IsEmptyElement;
                        break;
                    case "xf" when inCellXfs:
                        int.TryParse(xml.GetAttribute("numFmtId"), out var format);
                        styles.Add(custom.TryGetValue(format, out var isDate) ? isDate : IsBuiltInDate(format));
                        break;
                }
            }
            return new CellFormats(styles.ToArray());
        }

        private static bool IsBuiltInDate(int id) => (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);

        /// <summary>Whether a format code has date or time parts outside its quoted text, escapes and [colour] sections.</summary>
        internal static bool IsDateFormat(string code)
        {
            // "General" is no date, though it has an e.
            code = code.Replace("General", string.Empty).Replace("general", string.Empty).Replace("GENERAL", string.Empty);
            for (var i = 0; i < code.Length; i++)
            {
                var c = code[i];
                switch (c)
                {
                    case '"':
                        var end = code.IndexOf('"', i + 1);
                        i = end < 0 ? code.Length : end;
                        break;
                    case '\\':
                    case '_':
                    case '*':
                        i++;
                        break;
                    case '[':
                        var close = code.IndexOf(']', i + 1);
                        // [h], [mm], [ss]: elapsed time, a time all the same.
                        if (close > i + 1 && "hHmMsS".IndexOf(code[i + 1]) >= 0) return true;
                        i = close < 0 ? code.Length : close;
                        break;
                    case ';':
                        // The first section decides: it is the one positive numbers are shown by.
                        return false;
                    default:
                        if ("yYdDmMhHsSeEgG".IndexOf(c) >= 0) return true;
                        break;
                }
            }
            return false;
        }
    }
}

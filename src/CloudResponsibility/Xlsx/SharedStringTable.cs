using System.Collections.Generic;
using System.IO;

namespace CloudResponsibility.Xlsx
{
    /// <summary>
    /// The texts a written workbook's cells share (xl/sharedStrings.xml), as Excel saves them: a
    /// recurring text (a model, an owner, a country, a layer's duties) is written once and cited by
    /// number, which keeps the sheets small and quick to write and read. Bounded in entries and in
    /// characters: once the table is full further texts are written in their cells, so memory stays
    /// flat however many rows there are.
    /// </summary>
    internal sealed class SharedStringTable
    {
        /// <summary>The most texts the table holds.</summary>
        public const int MaxEntries = 16384;

        /// <summary>The most characters the table holds, all its texts together (2 MiB of memory).</summary>
        public const int MaxCharacters = 1 << 20;

        /// <summary>The longest text the table takes: a longer one is seldom repeated, and would take a large share of it.</summary>
        public const int MaxLength = 4096;

        private readonly Dictionary<string, int> indexes = new Dictionary<string, int>(System.StringComparer.Ordinal);
        private readonly List<string> texts = new List<string>();

        /// <summary>The number of cells that cite the table.</summary>
        public long References { get; private set; }

        public int Count => texts.Count;

        /// <summary>The characters of the texts held.</summary>
        public int Characters { get; private set; }

        /// <summary>The number of <paramref name="text"/> in the table, added if there is room; false when it goes in its cell.</summary>
        public bool TryGetIndex(string text, out int index)
        {
            if (text.Length > MaxLength)
            {
                index = -1;
                return false;
            }
            if (!indexes.TryGetValue(text, out index))
            {
                if (texts.Count == MaxEntries || Characters + text.Length > MaxCharacters) return false;
                index = texts.Count;
                indexes.Add(text, index);
                texts.Add(text);
                Characters += text.Length;
            }
            References++;
            return true;
        }

        /// <summary>Writes the part.</summary>
        public void Write(TextWriter xml)
        {
            xml.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"");
            xml.Write(References.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.Write("\" uniqueCount=\"");
            xml.Write(texts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.Write("\">");
            foreach (var text in texts)
            {
                xml.Write(text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1])) ? "<si><t xml:space=\"preserve\">" : "<si><t>");
                XmlText.Write(xml, text);
                xml.Write("</t></si>");
            }
            xml.Write("</sst>");
        }
    }
}

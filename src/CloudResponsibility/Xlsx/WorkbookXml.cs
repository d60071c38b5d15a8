using System.Xml;

namespace CloudResponsibility.Xlsx
{
    /// <summary>How a workbook's XML parts are read: no DTD (a part never needs one, and an entity bomb is refused), no resolver.</summary>
    internal static class WorkbookXml
    {
        public static XmlReaderSettings Settings { get; } = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };

        /// <summary>
        /// The text of a string item (a shared string's si, an inline string's is), positioned on its
        /// start: its t elements, runs included, without phonetic guides (rPh, the furigana Japanese
        /// Excel keeps beside kanji). Leaves the reader on the item's end.
        /// </summary>
        public static string ReadStringItem(XmlReader xml)
        {
            if (xml.IsEmptyElement) return string.Empty;
            var depth = xml.Depth;
            string? single = null;
            System.Text.StringBuilder? runs = null;
            xml.Read();
            while (!xml.EOF && xml.Depth > depth)
            {
                if (xml.NodeType == XmlNodeType.Element)
                {
                    // Both calls leave the reader on the node after the element.
                    if (xml.LocalName == "rPh" || xml.LocalName == "phoneticPr")
                    {
                        xml.Skip();
                        continue;
                    }
                    if (xml.LocalName == "t")
                    {
                        AddText(xml, ref single, ref runs);
                        continue;
                    }
                }
                xml.Read();
            }
            var text = runs?.ToString() ?? single ?? string.Empty;
            return XmlText.Unescape(text);
        }

        private static void AddText(XmlReader xml, ref string? single, ref System.Text.StringBuilder? runs)
        {
            var text = xml.ReadElementContentAsString();
            if (single is null && runs is null) single = text;
            else (runs ??= new System.Text.StringBuilder(single)).Append(text);
        }
    }
}

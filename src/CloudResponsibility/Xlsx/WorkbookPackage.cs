using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace CloudResponsibility.Xlsx
{
    /// <summary>
    /// The package of a workbook being written: a ZIP of XML parts, one worksheet part open at a
    /// time (streamed, compressed as it is written), the parts that list them written at the end.
    /// What a spreadsheet needs and no more: a bounded table of shared strings
    /// (<see cref="SharedStringTable"/>; other texts are held in their cells, so memory does not grow
    /// with the rows), no document properties.
    /// </summary>
    internal sealed class WorkbookPackage : IDisposable
    {
        private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        private readonly ZipArchive archive;
        private readonly bool compressAside;
        private readonly List<Sheet> sheets = new List<Sheet>();
        private bool closed;

        /// <summary>Starts a package in <paramref name="stream"/>; with <paramref name="compressAside"/>, each sheet is compressed on a thread of its own (<see cref="BackgroundWriteStream"/>).</summary>
        public WorkbookPackage(Stream stream, bool compressAside = false)
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true, Utf8);
            this.compressAside = compressAside;
        }

        /// <summary>The texts the sheets' cells share, written at <see cref="Close"/>.</summary>
        public SharedStringTable SharedStrings { get; } = new SharedStringTable();

        /// <summary>Opens the next worksheet's part; the one before must be closed. <paramref name="filter"/>: the range of its autofilter, if any.</summary>
        public TextWriter AddSheet(string name)
        {
            sheets.Add(new Sheet(name));
            var entry = archive.CreateEntry($"xl/worksheets/sheet{sheets.Count}.xml", CompressionLevel.Fastest);
            var part = entry.Open();
            return new StreamWriter(compressAside ? new BackgroundWriteStream(part) : part, Utf8, 1 << 16);
        }

        /// <summary>Records the autofilter range of the last sheet added, for the workbook's hidden name Excel keeps it under.</summary>
        public void SetFilter(string range) => sheets[sheets.Count - 1].Filter = range;

        /// <summary>The XML that starts every worksheet part.</summary>
        public static string SheetStart => "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<worksheet xmlns=\"" + MainNamespace + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";

        /// <summary>Writes the parts that list the sheets and completes the ZIP; the stream then holds the workbook.</summary>
        public void Close()
        {
            if (closed) return;
            closed = true;
            WritePart("[Content_Types].xml", ContentTypes());
            WritePart("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            WritePart("xl/workbook.xml", Workbook());
            WritePart("xl/_rels/workbook.xml.rels", WorkbookRelationships());
            WritePart("xl/styles.xml", XlsxStyles.Part);
            var strings = archive.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Fastest);
            using (var writer = new StreamWriter(strings.Open(), Utf8, 1 << 16)) SharedStrings.Write(writer);
            archive.Dispose();
        }

        /// <summary>Abandons the package: the stream holds no usable workbook, which the report's atomic file then discards.</summary>
        public void Dispose()
        {
            if (closed) return;
            closed = true;
            archive.Dispose();
        }

        private void WritePart(string name, string content)
        {
            var entry = archive.CreateEntry(name, CompressionLevel.Fastest);
            using var writer = new StreamWriter(entry.Open(), Utf8);
            writer.Write(content);
        }

        private string ContentTypes()
        {
            var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
            xml.Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>");
            xml.Append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
            xml.Append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
            xml.Append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
            xml.Append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            for (var i = 1; i <= sheets.Count; i++)
                xml.Append("<Override PartName=\"/xl/worksheets/sheet").Append(i).Append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            return xml.Append("</Types>").ToString();
        }

        private string Workbook()
        {
            var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<workbook xmlns=\"" + MainNamespace + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
            xml.Append("<bookViews><workbookView/></bookViews><sheets>");
            var names = new StringWriter(xml, CultureInfo.InvariantCulture);
            for (var i = 0; i < sheets.Count; i++)
            {
                xml.Append("<sheet name=\"");
                XmlText.Write(names, sheets[i].Name);
                xml.Append("\" sheetId=\"").Append(i + 1).Append("\" r:id=\"rId").Append(i + 1).Append("\"/>");
            }
            xml.Append("</sheets>");
            var filtered = false;
            for (var i = 0; i < sheets.Count; i++)
            {
                if (sheets[i].Filter is not string range) continue;
                if (!filtered) xml.Append("<definedNames>");
                filtered = true;
                xml.Append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").Append(i).Append("\" hidden=\"1\">");
                XmlText.Write(names, "'" + sheets[i].Name.Replace("'", "''") + "'!" + Absolute(range));
                xml.Append("</definedName>");
            }
            if (filtered) xml.Append("</definedNames>");
            return xml.Append("</workbook>").ToString();
        }

        private string WorkbookRelationships()
        {
            var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (var i = 1; i <= sheets.Count; i++)
                xml.Append("<Relationship Id=\"rId").Append(i).Append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").Append(i).Append(".xml\"/>");
            xml.Append("<Relationship Id=\"rId").Append(sheets.Count + 1).Append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
            xml.Append("<Relationship Id=\"rId").Append(sheets.Count + 2).Append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            return xml.Append("</Relationships>").ToString();
        }

        /// <summary>A range such as A1:C9 as $A$1:$C$9.</summary>
        private static string Absolute(string range)
        {
            var builder = new StringBuilder();
            foreach (var corner in range.Split(':'))
            {
                if (builder.Length > 0) builder.Append(':');
                var digits = corner.IndexOfAny("0123456789".ToCharArray());
                builder.Append('$').Append(corner, 0, digits).Append('$').Append(corner, digits, corner.Length - digits);
            }
            return builder.ToString();
        }

        private sealed class Sheet
        {
            public Sheet(string name) => Name = name;

            public string Name { get; }

            public string? Filter { get; set; }
        }
    }
}

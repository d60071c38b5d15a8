using System.Text;

namespace CloudResponsibility.Output
{
    /// <summary>How a report file is written. The defaults suit Excel: UTF-8 with BOM, comma, formula cells neutralised.</summary>
    public sealed class ReportOptions
    {
        /// <summary>UTF-8 with a byte order mark, which Excel needs to read Japanese text correctly.</summary>
        public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

        /// <summary>The text encoding; UTF-8 with BOM by default. JSON is always UTF-8 (RFC 8259).</summary>
        public Encoding Encoding { get; set; } = Utf8WithBom;

        /// <summary>The CSV field separator.</summary>
        public char Delimiter { get; set; } = ',';

        /// <summary>
        /// Whether CSV cells that start with = + - @ tab or CR get a leading apostrophe, so a spreadsheet
        /// shows them as text instead of running them as formulas (OWASP's advice for CSV injection).
        /// </summary>
        public bool FormulaProtection { get; set; } = true;

        /// <summary>Whether rows are added to an existing file instead of replacing it.</summary>
        public bool Append { get; set; }
    }
}

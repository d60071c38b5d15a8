using System;
using System.IO;

namespace CloudResponsibility.Output.Formats
{
    /// <summary>
    /// The one place that knows the report formats: the extensions that name each, whether it can
    /// be appended to, and its writer. A new format is a <see cref="ReportFormat"/> member, a
    /// <see cref="ReportWriter"/> class, and its lines here.
    /// </summary>
    public static class ReportFormats
    {
        /// <summary>The writer of a format, over the stream the report goes to.</summary>
        /// <param name="format">The format.</param>
        /// <param name="stream">The report's content, positioned at its end (after the existing rows when appending).</param>
        /// <param name="options">The report's options.</param>
        public static ReportWriter CreateWriter(ReportFormat format, Stream stream, ReportOptions options) => format switch
        {
            ReportFormat.Csv => new CsvReportWriter(stream, options),
            ReportFormat.Json => new JsonReportWriter(stream),
            ReportFormat.Xlsx => new XlsxReportWriter(stream, options.CompressWorkbookAside),
            ReportFormat.Sarif => new SarifFindingsWriter(stream, options),
            ReportFormat.JUnit => new JUnitFindingsWriter(stream, options),
            ReportFormat.Markdown => new MarkdownFindingsWriter(stream, options),
            ReportFormat.Html => new HtmlFindingsWriter(stream, options),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a report format."),
        };

        /// <summary>Whether rows can be added to an existing report of the format (a JSON array and a workbook are closed; the findings documents are whole).</summary>
        public static bool CanAppend(ReportFormat format) => format == ReportFormat.Csv;

        /// <summary>Whether the format is a document about Invoke-CloudAudit's findings rather than a table of any object.</summary>
        public static bool IsFindingsFormat(ReportFormat format) =>
            format == ReportFormat.Sarif || format == ReportFormat.JUnit || format == ReportFormat.Markdown || format == ReportFormat.Html;

        /// <summary>The format a file's extension names; false when it names none.</summary>
        public static bool TryInfer(string path, out ReportFormat format)
        {
            var name = Path.GetFileName(path).ToLowerInvariant();
            if (name.EndsWith(".sarif", StringComparison.Ordinal) || name.EndsWith(".sarif.json", StringComparison.Ordinal))
            {
                format = ReportFormat.Sarif;
                return true;
            }
            switch (Path.GetExtension(name))
            {
                case ".csv":
                case ".txt":
                case ".tsv":
                    format = ReportFormat.Csv;
                    return true;
                case ".json":
                    format = ReportFormat.Json;
                    return true;
                case ".xlsx":
                    format = ReportFormat.Xlsx;
                    return true;
                case ".xml":
                    format = ReportFormat.JUnit;
                    return true;
                case ".md":
                case ".markdown":
                    format = ReportFormat.Markdown;
                    return true;
                case ".html":
                case ".htm":
                    format = ReportFormat.Html;
                    return true;
                default:
                    format = default;
                    return false;
            }
        }

        /// <summary>The names of the formats, for messages.</summary>
        public static string Names => string.Join(", ", Enum.GetNames(typeof(ReportFormat)));
    }
}

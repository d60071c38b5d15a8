using System;
using System.IO;

namespace CloudResponsibility.Output
{
    /// <summary>The file formats reports are written in.</summary>
    public enum ReportFormat
    {
        /// <summary>RFC 4180 CSV, as spreadsheets open it.</summary>
        Csv,
        /// <summary>A JSON array of flat objects.</summary>
        Json,
    }

    /// <summary>Picks a format from a file name.</summary>
    public static class ReportFormats
    {
        /// <summary>The format a file's extension names; false when it names none.</summary>
        public static bool TryInfer(string path, out ReportFormat format)
        {
            switch (Path.GetExtension(path).ToLowerInvariant())
            {
                case ".csv":
                case ".txt":
                case ".tsv":
                    format = ReportFormat.Csv;
                    return true;
                case ".json":
                    format = ReportFormat.Json;
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

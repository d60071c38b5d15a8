using System.IO;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// The file rows would be appended to has no line end within the bytes read to find its header:
    /// not a CSV report (or one with a header no report has); it is left as it was, unread beyond them.
    /// </summary>
    public sealed class ReportHeaderNotFoundException : IOException
    {
        /// <summary>Creates the exception.</summary>
        public ReportHeaderNotFoundException(string path, int bytesRead)
            : base($"'{path}' has no header row within its first {bytesRead} bytes: rows cannot be appended to it.")
        {
            Path = path;
            BytesRead = bytesRead;
        }

        /// <summary>The file.</summary>
        public string Path { get; }

        /// <summary>How many bytes were read looking for the header's end.</summary>
        public int BytesRead { get; }
    }
}

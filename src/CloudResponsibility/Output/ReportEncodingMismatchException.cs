using System.IO;
using System.Text;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// Rows would be appended in an encoding other than the file's own: the file would mix two
    /// encodings, which no reader reads right. Appending without choosing one uses the file's.
    /// </summary>
    public sealed class ReportEncodingMismatchException : IOException
    {
        /// <summary>Creates the exception.</summary>
        public ReportEncodingMismatchException(string path, Encoding fileEncoding, Encoding chosen)
            : base($"'{path}' is written in {fileEncoding.WebName}: rows in {chosen.WebName} cannot be appended to it.")
        {
            Path = path;
            FileEncoding = fileEncoding;
            Chosen = chosen;
        }

        /// <summary>The file.</summary>
        public string Path { get; }

        /// <summary>The file's encoding.</summary>
        public Encoding FileEncoding { get; }

        /// <summary>The encoding chosen for the rows.</summary>
        public Encoding Chosen { get; }
    }
}

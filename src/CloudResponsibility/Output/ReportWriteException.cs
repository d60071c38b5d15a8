using System;
using System.IO;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// Writing a report's rows failed (a full disk, a lost network share): the report, not the input
    /// being read, is at fault. The cause is the <see cref="Exception.InnerException"/>.
    /// </summary>
    public sealed class ReportWriteException : IOException
    {
        /// <summary>Creates the exception for the report at <paramref name="path"/>.</summary>
        public ReportWriteException(string path, Exception innerException)
            : base($"Writing the report '{path}' failed: {innerException?.Message}", innerException)
        {
            Path = path;
        }

        /// <summary>The report's file.</summary>
        public string Path { get; }
    }
}

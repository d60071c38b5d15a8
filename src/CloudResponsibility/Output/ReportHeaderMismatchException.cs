using System;
using System.Collections.Generic;

namespace CloudResponsibility.Output
{
    /// <summary>Rows to append do not have the columns of the file they would be appended to.</summary>
    public sealed class ReportHeaderMismatchException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public ReportHeaderMismatchException(IReadOnlyList<string> existing, IReadOnlyList<string> incoming)
            : base($"The file's columns are '{string.Join(",", existing)}' but the rows have '{string.Join(",", incoming)}'.")
        {
            Existing = existing;
            Incoming = incoming;
        }

        /// <summary>The existing file's header.</summary>
        public IReadOnlyList<string> Existing { get; }

        /// <summary>The columns of the rows to append.</summary>
        public IReadOnlyList<string> Incoming { get; }
    }
}

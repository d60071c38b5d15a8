using System;

namespace CloudResponsibility.Xlsx
{
    /// <summary>A workbook that cannot be read, and why; the readers turn it into an error of the file.</summary>
    internal sealed class WorkbookException : Exception
    {
        public WorkbookException(WorkbookProblem problem, string detail, Exception? inner = null)
            : base(detail, inner)
        {
            Problem = problem;
        }

        public WorkbookProblem Problem { get; }
    }
}

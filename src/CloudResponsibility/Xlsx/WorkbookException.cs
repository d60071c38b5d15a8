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

        /// <summary>The package's part the workbook names but lacks (<c>xl/workbook.xml</c>); null when the damage is of another kind.</summary>
        public string? MissingPart { get; private set; }

        /// <summary>A damaged workbook that lacks a part it needs.</summary>
        public static WorkbookException PartMissing(string part) =>
            new WorkbookException(WorkbookProblem.Corrupt, $"the part {part} is missing") { MissingPart = part };
    }
}

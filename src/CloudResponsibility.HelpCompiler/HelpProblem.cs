using System.Globalization;

namespace CloudResponsibility.HelpCompiler
{
    /// <summary>
    /// One reason the help cannot be compiled, tied to the file (and line) to fix. Printed in the
    /// canonical <c>file(line): error CODE: message</c> form, so MSBuild's Exec task reports each as a
    /// build error pointing at the Markdown.
    /// </summary>
    public sealed class HelpProblem
    {
        /// <summary>Creates a problem.</summary>
        public HelpProblem(HelpProblemCode code, string file, int line, string message)
        {
            Code = code;
            File = file;
            Line = line;
            Message = message;
        }

        /// <summary>What kind of problem it is.</summary>
        public HelpProblemCode Code { get; }

        /// <summary>The file to fix (a folder when a file is missing).</summary>
        public string File { get; }

        /// <summary>The 1-based line, or 0 when the problem concerns the whole file.</summary>
        public int Line { get; }

        /// <summary>What is wrong and how to fix it, naming the cmdlet and parameter.</summary>
        public string Message { get; }

        /// <summary>The code as printed, e.g. <c>CRHELP03</c>.</summary>
        public string CodeText => "CRHELP" + ((int)Code).ToString("00", CultureInfo.InvariantCulture);

        /// <inheritdoc />
        public override string ToString() =>
            Line > 0
                ? string.Format(CultureInfo.InvariantCulture, "{0}({1}): error {2}: {3}", File, Line, CodeText, Message)
                : string.Format(CultureInfo.InvariantCulture, "{0}: error {1}: {2}", File, CodeText, Message);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace CloudResponsibility.HelpCompiler.About
{
    /// <summary>
    /// An about topic (<c>about_*.help.txt</c>): plain text Get-Help shows as it is. Checked for the
    /// layout Get-Help's topic list reads (TOPIC, SHORT DESCRIPTION, LONG DESCRIPTION) and for
    /// lines under 80 columns; copied as UTF-8 with a BOM, because Windows PowerShell 5.1 reads a
    /// file without one in the ANSI code page and would garble the Japanese topics.
    /// </summary>
    public sealed class AboutTopic
    {
        /// <summary>The widest line allowed, in columns (a wide character takes two).</summary>
        public const int MaxColumns = 79;

        /// <summary>The file name pattern of about topics.</summary>
        public const string FilePattern = "about_*.help.txt";

        private const string Suffix = ".help.txt";

        private AboutTopic(string path, string text)
        {
            Path = path;
            Text = text;
        }

        /// <summary>The source file.</summary>
        public string Path { get; }

        /// <summary>The topic name, e.g. <c>about_CloudResponsibility</c>.</summary>
        public string Name => System.IO.Path.GetFileName(Path).Substring(0, System.IO.Path.GetFileName(Path).Length - Suffix.Length);

        /// <summary>The text, line ends as written.</summary>
        public string Text { get; }

        /// <summary>Reads the topic at <paramref name="path"/>.</summary>
        public static AboutTopic Read(string path) => new AboutTopic(path, File.ReadAllText(path, Encoding.UTF8));

        /// <summary>What is wrong with the topic; empty when it is fine.</summary>
        public IReadOnlyList<HelpProblem> Validate()
        {
            var problems = new List<HelpProblem>();
            void Report(int line, string message) => problems.Add(new HelpProblem(HelpProblemCode.AboutTopic, Path, line, $"{Name}: {message}"));
            var lines = Text.Replace("\r\n", "\n").Split('\n');
            var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
            if (first < 0 || lines[first].Trim() != "TOPIC")
                Report(first + 1, "the first line must be 'TOPIC', followed by the indented topic name.");
            else if (lines.Skip(first + 1).FirstOrDefault(l => l.Trim().Length > 0)?.Trim() != Name)
                Report(first + 2, $"the name under TOPIC must be '{Name}', the file's name.");
            foreach (var heading in new[] { "SHORT DESCRIPTION", "LONG DESCRIPTION" })
                if (!lines.Any(l => l.TrimEnd() == heading)) Report(0, $"the '{heading}' heading is missing.");
            for (var index = 0; index < lines.Length; index++)
            {
                if (lines[index].Contains('\t')) Report(index + 1, "a tab; indent with spaces.");
                var width = DisplayWidth.Of(lines[index].TrimEnd());
                if (width > MaxColumns) Report(index + 1, $"the line is {width} columns wide; wrap it at {MaxColumns}.");
            }
            return problems;
        }

        /// <summary>Writes the topic into <paramref name="folder"/> as UTF-8 with a BOM.</summary>
        public void CopyTo(string folder)
        {
            var bytes = new UTF8Encoding(true).GetPreamble().Concat(new UTF8Encoding(false).GetBytes(Text)).ToArray();
            AtomicFile.Write(System.IO.Path.Combine(folder, System.IO.Path.GetFileName(Path)), stream => stream.Write(bytes, 0, bytes.Length));
        }
    }
}

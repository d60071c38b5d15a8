using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudResponsibility.HelpCompiler.Markdown
{
    /// <summary>
    /// One cmdlet's Markdown help file as written: its <c># Name</c> and its <c>## SECTIONS</c>.
    /// The structure is platyPS's; <see cref="MarkdownHelpReader"/> reads it and reports what does
    /// not fit, and the validator checks it against the compiled cmdlet.
    /// </summary>
    public sealed class HelpDocument
    {
        /// <summary>The sections a file may have, in the order they are written.</summary>
        public static readonly IReadOnlyList<string> KnownChapters = new[]
        {
            ChapterTitles.Synopsis, ChapterTitles.Description, ChapterTitles.Examples, ChapterTitles.Parameters,
            ChapterTitles.Inputs, ChapterTitles.Outputs, ChapterTitles.Notes, ChapterTitles.RelatedLinks,
        };

        /// <summary>Creates a document.</summary>
        public HelpDocument(string path, string culture, string? title, int titleLine, IReadOnlyList<HelpChapter> chapters)
        {
            Path = path;
            Culture = culture;
            Title = title;
            TitleLine = titleLine;
            Chapters = chapters;
        }

        /// <summary>The file.</summary>
        public string Path { get; }

        /// <summary>The culture folder it is in, e.g. <c>en-US</c>.</summary>
        public string Culture { get; }

        /// <summary>The file name without <c>.md</c>: the cmdlet it documents.</summary>
        public string CommandName => System.IO.Path.GetFileNameWithoutExtension(Path);

        /// <summary>The <c># …</c> heading; null when missing.</summary>
        public string? Title { get; }

        /// <summary>The line of the <c># …</c> heading.</summary>
        public int TitleLine { get; }

        /// <summary>The <c>##</c> sections, in file order.</summary>
        public IReadOnlyList<HelpChapter> Chapters { get; }

        /// <summary>The section with this heading (case-insensitive), or null.</summary>
        public HelpChapter? Chapter(string title) =>
            Chapters.FirstOrDefault(c => string.Equals(c.Title, title, StringComparison.OrdinalIgnoreCase));

        /// <summary>The section headings.</summary>
        public static class ChapterTitles
        {
            /// <summary>One sentence: what the cmdlet does.</summary>
            public const string Synopsis = "SYNOPSIS";
            /// <summary>What it does, in full.</summary>
            public const string Description = "DESCRIPTION";
            /// <summary><c>### Example n: title</c>, a powershell block, and what it shows.</summary>
            public const string Examples = "EXAMPLES";
            /// <summary><c>### -Name</c> and its description, per parameter.</summary>
            public const string Parameters = "PARAMETERS";
            /// <summary><c>### TypeName</c> per type the pipeline accepts.</summary>
            public const string Inputs = "INPUTS";
            /// <summary><c>### TypeName</c> per type of <c>[OutputType]</c>.</summary>
            public const string Outputs = "OUTPUTS";
            /// <summary>Remarks.</summary>
            public const string Notes = "NOTES";
            /// <summary>A list of links.</summary>
            public const string RelatedLinks = "RELATED LINKS";
        }
    }
}

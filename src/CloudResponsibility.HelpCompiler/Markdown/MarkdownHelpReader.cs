using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace CloudResponsibility.HelpCompiler.Markdown
{
    /// <summary>
    /// Reads a help file: the <c>#</c> title, <c>##</c> sections, <c>###</c> subsections and, under
    /// each, paragraphs, list items and fenced code blocks. Headings inside code blocks are code.
    /// A YAML front matter block (platyPS writes one) is skipped. Whether the sections are the right
    /// ones is the validator's business, not the reader's.
    /// </summary>
    public static class MarkdownHelpReader
    {
        private static readonly Regex ListItem = new Regex(@"^\s*([-*+]|\d+[.)])\s+", RegexOptions.CultureInvariant);

        /// <summary>Reads the file at <paramref name="path"/>, found in the folder of <paramref name="culture"/>.</summary>
        public static HelpDocument Read(string path, string culture) =>
            Parse(path, culture, File.ReadAllText(path, Encoding.UTF8));

        /// <summary>Parses <paramref name="text"/> as the help file <paramref name="path"/>.</summary>
        public static HelpDocument Parse(string path, string culture, string text)
        {
            var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
            var start = SkipFrontMatter(lines);
            string? title = null;
            var titleLine = 0;
            var chapters = new List<HelpChapter>();
            var subsections = new List<HelpSection>();
            (string Title, int Line)? chapterHeading = null;
            (string Title, int Line)? subsectionHeading = null;
            HelpSection? chapterBody = null;
            var content = new List<(string Text, int Line)>();
            string? fence = null;

            void CloseSubsection()
            {
                if (subsectionHeading is { } heading) subsections.Add(new HelpSection(heading.Title, heading.Line, Blocks(content)));
                else if (chapterHeading is { } chapter) chapterBody = new HelpSection(chapter.Title, chapter.Line, Blocks(content));
                else if (HasText(content)) chapters.Add(new HelpChapter(new HelpSection(string.Empty, content[0].Line, Blocks(content)), Array.Empty<HelpSection>()));
                content.Clear();
                subsectionHeading = null;
            }

            void CloseChapter()
            {
                CloseSubsection();
                if (chapterBody is not null) chapters.Add(new HelpChapter(chapterBody, subsections.ToArray()));
                chapterBody = null;
                chapterHeading = null;
                subsections.Clear();
            }

            for (var index = start; index < lines.Length; index++)
            {
                var line = lines[index];
                var number = index + 1;
                var trimmed = line.Trim();
                if (fence is not null)
                {
                    if (trimmed.StartsWith(fence, StringComparison.Ordinal)) fence = null;
                    content.Add((line, number));
                    continue;
                }
                if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
                {
                    fence = trimmed.Substring(0, 3);
                    content.Add((line, number));
                    continue;
                }
                var level = HeadingLevel(line);
                if (level == 1 && title is null)
                {
                    CloseChapter();
                    title = HeadingText(line);
                    titleLine = number;
                }
                else if (level == 1 || level == 2)
                {
                    CloseChapter();
                    chapterHeading = (HeadingText(line), number);
                }
                else if (level == 3)
                {
                    CloseSubsection();
                    subsectionHeading = (HeadingText(line), number);
                }
                else
                {
                    content.Add((line, number));
                }
            }
            CloseChapter();
            return new HelpDocument(path, culture, title, titleLine, chapters);
        }

        private static int SkipFrontMatter(string[] lines)
        {
            if (lines.Length == 0 || lines[0].Trim() != "---") return 0;
            for (var index = 1; index < lines.Length; index++)
                if (lines[index].Trim() == "---") return index + 1;
            return 0;
        }

        private static int HeadingLevel(string line)
        {
            var hashes = 0;
            while (hashes < line.Length && line[hashes] == '#') hashes++;
            return hashes > 0 && hashes < line.Length && line[hashes] == ' ' ? hashes : 0;
        }

        private static string HeadingText(string line) => line.TrimStart('#').Trim().TrimEnd('#').Trim();

        private static bool HasText(List<(string Text, int Line)> content) =>
            content.Exists(c => !string.IsNullOrWhiteSpace(c.Text));

        /// <summary>Splits a section's lines into paragraphs, list items and fenced code blocks.</summary>
        private static IReadOnlyList<TextBlock> Blocks(List<(string Text, int Line)> content)
        {
            var blocks = new List<TextBlock>();
            var paragraph = new List<string>();
            var paragraphLine = 0;
            var code = new List<string>();
            string? codeLanguage = null;
            string? fence = null;
            var codeLine = 0;

            void FlushParagraph()
            {
                if (paragraph.Count > 0) blocks.Add(new TextBlock(string.Join(" ", paragraph), paragraphLine));
                paragraph.Clear();
            }

            foreach (var (text, line) in content)
            {
                var trimmed = text.Trim();
                if (fence is not null)
                {
                    if (trimmed.StartsWith(fence, StringComparison.Ordinal))
                    {
                        blocks.Add(new TextBlock(string.Join("\n", TrimIndent(code)), codeLine, codeLanguage));
                        code.Clear();
                        fence = null;
                    }
                    else
                    {
                        code.Add(text);
                    }
                    continue;
                }
                if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
                {
                    FlushParagraph();
                    fence = trimmed.Substring(0, 3);
                    codeLanguage = trimmed.Substring(3).Trim();
                    codeLine = line;
                    continue;
                }
                if (trimmed.Length == 0)
                {
                    FlushParagraph();
                    continue;
                }
                if (ListItem.IsMatch(text)) FlushParagraph();
                if (paragraph.Count == 0) paragraphLine = line;
                paragraph.Add(trimmed);
            }
            FlushParagraph();
            if (fence is not null) blocks.Add(new TextBlock(string.Join("\n", TrimIndent(code)), codeLine, codeLanguage));
            return blocks;
        }

        /// <summary>Removes the indentation all lines of a code block share, and blank lines at its ends.</summary>
        private static IEnumerable<string> TrimIndent(List<string> code)
        {
            var first = code.FindIndex(l => l.Trim().Length > 0);
            if (first < 0) return Array.Empty<string>();
            var last = code.FindLastIndex(l => l.Trim().Length > 0);
            var kept = code.GetRange(first, last - first + 1);
            var indent = int.MaxValue;
            foreach (var line in kept)
                if (line.Trim().Length > 0) indent = Math.Min(indent, line.Length - line.TrimStart().Length);
            return kept.ConvertAll(l => l.Length >= indent ? l.Substring(indent).TrimEnd() : l.TrimEnd());
        }
    }
}

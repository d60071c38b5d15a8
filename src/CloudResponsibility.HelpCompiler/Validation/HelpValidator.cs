using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CloudResponsibility.HelpCompiler.Markdown;
using CloudResponsibility.HelpCompiler.Metadata;
using Chapters = CloudResponsibility.HelpCompiler.Markdown.HelpDocument.ChapterTitles;

namespace CloudResponsibility.HelpCompiler.Validation
{
    /// <summary>
    /// Checks one help file against the cmdlet it documents: the sections are the known ones, the
    /// synopsis and description are written, there are at least two examples with code, every
    /// parameter the cmdlet binds has a description and nothing else is documented, and OUTPUTS
    /// names exactly the <c>[OutputType]</c> types. Every problem is reported, not just the first.
    /// </summary>
    public static class HelpValidator
    {
        /// <summary>At least this many examples per cmdlet.</summary>
        public const int MinimumExamples = 2;

        /// <summary>The common parameters, which Get-Help documents itself (<c>about_CommonParameters</c>).</summary>
        public static readonly IReadOnlyCollection<string> CommonParameters = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction", "ErrorVariable",
            "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable",
        };

        /// <summary>The placeholders platyPS writes into new files: <c>{{ Fill in the Synopsis }}</c>, <c>{{ Add example code here }}</c>.</summary>
        private static readonly Regex Placeholder = new Regex(@"\{\{\s*(Fill|Add)\b", RegexOptions.CultureInvariant);

        private static readonly string[] ChaptersWithSubsections = { Chapters.Examples, Chapters.Parameters, Chapters.Inputs, Chapters.Outputs };

        /// <summary>The problems of <paramref name="document"/> as help of <paramref name="cmdlet"/>; empty when it is fine.</summary>
        public static IReadOnlyList<HelpProblem> Validate(CmdletDescriptor cmdlet, HelpDocument document)
        {
            var problems = new List<HelpProblem>();
            void Report(HelpProblemCode code, int line, string message) =>
                problems.Add(new HelpProblem(code, document.Path, line, $"{cmdlet.Name}: {message}"));

            CheckStructure(cmdlet, document, Report);
            CheckProse(document, Chapters.Synopsis, "a one-sentence synopsis", Report);
            CheckProse(document, Chapters.Description, "a description", Report);
            CheckExamples(document, Report);
            CheckParameters(cmdlet, document, Report);
            CheckInputs(document, Report);
            CheckOutputs(cmdlet, document, Report);
            return problems;
        }

        private static void CheckStructure(CmdletDescriptor cmdlet, HelpDocument document, Action<HelpProblemCode, int, string> report)
        {
            if (document.Title is null)
                report(HelpProblemCode.Format, 1, $"the file has no '# {cmdlet.Name}' title line.");
            else if (!string.Equals(document.Title, cmdlet.Name, StringComparison.Ordinal))
                report(HelpProblemCode.Format, document.TitleLine, $"the title is '# {document.Title}'; it must be '# {cmdlet.Name}'.");
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var chapter in document.Chapters)
            {
                var line = chapter.Body.Line;
                if (chapter.Title.Length == 0)
                    report(HelpProblemCode.Format, line, "text before the first '## SYNOPSIS' heading; move it into a section.");
                else if (string.Equals(chapter.Title, "SYNTAX", StringComparison.OrdinalIgnoreCase))
                    report(HelpProblemCode.Format, line, "'## SYNTAX' is generated from the compiled cmdlet; remove the section.");
                else if (!HelpDocument.KnownChapters.Contains(chapter.Title, StringComparer.Ordinal))
                    report(HelpProblemCode.Format, line, $"'## {chapter.Title}' is not a help section; the sections are {string.Join(", ", HelpDocument.KnownChapters.Select(c => "'## " + c + "'"))}.");
                else if (!seen.Add(chapter.Title))
                    report(HelpProblemCode.Format, line, $"'## {chapter.Title}' appears twice.");
                var takesSubsections = ChaptersWithSubsections.Contains(chapter.Title, StringComparer.Ordinal);
                if (!takesSubsections && chapter.Subsections.Count > 0)
                    report(HelpProblemCode.Format, chapter.Subsections[0].Line, $"'### {chapter.Subsections[0].Title}' under '## {chapter.Title}', which has no subsections.");
                if (takesSubsections && !chapter.Body.IsEmpty)
                    report(HelpProblemCode.Format, chapter.Body.Blocks[0].Line, $"text under '## {chapter.Title}' before its first '###' heading; put it under a '###' heading.");
                foreach (var block in chapter.Subsections.Prepend(chapter.Body).SelectMany(s => s.Blocks))
                    if (Placeholder.IsMatch(block.Text))
                        report(HelpProblemCode.Format, block.Line, "a platyPS '{{ Fill … }}' placeholder is left; write the text.");
            }
        }

        private static void CheckProse(HelpDocument document, string title, string what, Action<HelpProblemCode, int, string> report)
        {
            var chapter = document.Chapter(title);
            if (chapter is null)
                report(HelpProblemCode.MissingSection, 0, $"'## {title}' is missing; write {what}.");
            else if (!chapter.Body.Prose.Any())
                report(HelpProblemCode.MissingSection, chapter.Body.Line, $"'## {title}' is empty; write {what}.");
        }

        private static void CheckExamples(HelpDocument document, Action<HelpProblemCode, int, string> report)
        {
            var chapter = document.Chapter(Chapters.Examples);
            var examples = chapter?.Subsections ?? Array.Empty<HelpSection>();
            if (examples.Count < MinimumExamples)
                report(HelpProblemCode.TooFewExamples, chapter?.Body.Line ?? 0,
                    $"{examples.Count} example(s) under '## {Chapters.Examples}'; write at least {MinimumExamples}, each a '### Example n: title' with a ```powershell block.");
            foreach (var example in examples.Where(e => !e.Blocks.Any(b => b.IsCode && b.IsPowerShell && b.Text.Trim().Length > 0)))
                report(HelpProblemCode.TooFewExamples, example.Line, $"'### {example.Title}' has no ```powershell code block.");
        }

        private static void CheckParameters(CmdletDescriptor cmdlet, HelpDocument document, Action<HelpProblemCode, int, string> report)
        {
            var chapter = document.Chapter(Chapters.Parameters);
            var documented = new Dictionary<string, HelpSection>(StringComparer.OrdinalIgnoreCase);
            foreach (var section in chapter?.Subsections ?? Array.Empty<HelpSection>())
            {
                if (string.Equals(section.Title, "CommonParameters", StringComparison.Ordinal)) continue;
                if (!section.Title.StartsWith("-", StringComparison.Ordinal) || section.Title.Length < 2)
                {
                    report(HelpProblemCode.Format, section.Line, $"'### {section.Title}' under '## {Chapters.Parameters}'; parameter headings are '### -Name'.");
                    continue;
                }
                var name = section.Title.Substring(1);
                var parameter = cmdlet.Parameter(name);
                if (parameter is null)
                {
                    var reason = CommonParameters.Contains(name)
                        ? "it is a common parameter, which Get-Help describes itself; remove the section."
                        : $"{cmdlet.Name} has no such parameter (it has {string.Join(", ", cmdlet.Parameters.Select(p => "-" + p.Name))}); remove or rename the section.";
                    report(HelpProblemCode.UnknownParameter, section.Line, $"'### -{name}' documents a parameter that does not exist: {reason}");
                }
                else if (!string.Equals(parameter.Name, name, StringComparison.Ordinal))
                    report(HelpProblemCode.Format, section.Line, $"'### -{name}' must be spelt '### -{parameter.Name}'.");
                else if (!documented.TryAdd(name, section))
                    report(HelpProblemCode.Format, section.Line, $"-{name} is documented twice.");
            }
            foreach (var parameter in cmdlet.Parameters)
            {
                if (!documented.TryGetValue(parameter.Name, out var section))
                    report(HelpProblemCode.MissingParameterDescription, chapter?.Body.Line ?? 0,
                        $"parameter -{parameter.Name} has no description; add '### -{parameter.Name}' and its description under '## {Chapters.Parameters}'.");
                else if (!section.Prose.Any())
                    report(HelpProblemCode.MissingParameterDescription, section.Line, $"parameter -{parameter.Name} has an empty description.");
            }
        }

        private static void CheckInputs(HelpDocument document, Action<HelpProblemCode, int, string> report)
        {
            var chapter = document.Chapter(Chapters.Inputs);
            if (chapter is null || chapter.Subsections.Count == 0)
                report(HelpProblemCode.MissingSection, chapter?.Body.Line ?? 0,
                    $"'## {Chapters.Inputs}' needs a '### TypeName' per type the pipeline accepts, or '### None'.");
        }

        private static void CheckOutputs(CmdletDescriptor cmdlet, HelpDocument document, Action<HelpProblemCode, int, string> report)
        {
            var chapter = document.Chapter(Chapters.Outputs);
            var declared = cmdlet.OutputTypes.Count > 0 ? cmdlet.OutputTypes : new[] { "None" };
            var sections = chapter?.Subsections ?? Array.Empty<HelpSection>();
            foreach (var type in declared)
            {
                var section = sections.FirstOrDefault(s => NamesType(s.Title, type));
                if (section is null)
                    report(HelpProblemCode.OutputMismatch, chapter?.Body.Line ?? 0,
                        $"[OutputType] declares {type}; add '### {type}' and what it is under '## {Chapters.Outputs}'.");
                else if (type != "None" && !section.Prose.Any())
                    report(HelpProblemCode.OutputMismatch, section.Line, $"'### {section.Title}' has no description.");
            }
            foreach (var section in sections.Where(s => !declared.Any(t => NamesType(s.Title, t))))
                report(HelpProblemCode.OutputMismatch, section.Line,
                    $"'### {section.Title}' is not among the types of [OutputType] ({string.Join(", ", declared)}); fix the heading or the attribute.");
        }

        /// <summary>Whether a heading names the type: its full name or its short name.</summary>
        public static bool NamesType(string heading, string fullName) =>
            string.Equals(heading, fullName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(heading, TypeNames.ShortName(fullName), StringComparison.OrdinalIgnoreCase);
    }
}

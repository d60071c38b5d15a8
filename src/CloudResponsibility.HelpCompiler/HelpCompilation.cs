using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CloudResponsibility.HelpCompiler.About;
using CloudResponsibility.HelpCompiler.Maml;
using CloudResponsibility.HelpCompiler.Markdown;
using CloudResponsibility.HelpCompiler.Metadata;
using CloudResponsibility.HelpCompiler.Validation;

namespace CloudResponsibility.HelpCompiler
{
    /// <summary>
    /// The help of one cmdlet assembly: checks the sources of every culture against the cmdlets, and
    /// writes, per culture and output folder, the MAML file and the about topics. en-US must document
    /// every cmdlet; another culture may lack a file, and that cmdlet's en-US help goes into its MAML
    /// (Get-Help reads one culture's file and would otherwise show no help at all for it).
    /// </summary>
    public sealed class HelpCompilation
    {
        private readonly IReadOnlyList<CmdletDescriptor> cmdlets;
        private readonly IReadOnlyList<HelpSources> cultures;
        private readonly string sourceFolder;

        /// <summary>Creates the compilation of <paramref name="cultures"/>, read from <paramref name="sourceFolder"/>, for <paramref name="cmdlets"/>.</summary>
        public HelpCompilation(IReadOnlyList<CmdletDescriptor> cmdlets, string sourceFolder, IReadOnlyList<HelpSources> cultures)
        {
            this.cmdlets = cmdlets;
            this.sourceFolder = sourceFolder;
            this.cultures = cultures;
        }

        private HelpSources? Neutral => cultures.FirstOrDefault(c => c.Culture == HelpSources.NeutralCulture);

        /// <summary>Every problem of the sources; the help is written only when there is none.</summary>
        public IReadOnlyList<HelpProblem> Check()
        {
            var problems = new List<HelpProblem>();
            if (cmdlets.Count == 0)
                problems.Add(new HelpProblem(HelpProblemCode.Input, sourceFolder, 0,
                    "the assembly has no cmdlets (public, non-abstract classes deriving from Cmdlet with [Cmdlet]); is it the cmdlet assembly?"));
            if (Neutral is null)
                problems.Add(new HelpProblem(HelpProblemCode.Input, sourceFolder, 0,
                    $"there is no '{HelpSources.NeutralCulture}' folder; every cmdlet needs its help there."));
            foreach (var culture in cultures)
            {
                foreach (var document in culture.Documents)
                {
                    var cmdlet = cmdlets.FirstOrDefault(c => string.Equals(c.Name, document.CommandName, StringComparison.OrdinalIgnoreCase));
                    if (cmdlet is null)
                        problems.Add(new HelpProblem(HelpProblemCode.UnknownCommand, document.Path, 0,
                            $"{document.CommandName}: the assembly has no such cmdlet; rename the file to the cmdlet's name or remove it."));
                    else if (!string.Equals(cmdlet.Name, document.CommandName, StringComparison.Ordinal))
                        problems.Add(new HelpProblem(HelpProblemCode.Format, document.Path, 0, $"{cmdlet.Name}: rename the file to '{cmdlet.Name}.md'."));
                    else
                        problems.AddRange(HelpValidator.Validate(cmdlet, document));
                }
                foreach (var topic in culture.AboutTopics) problems.AddRange(topic.Validate());
            }
            if (Neutral is { } neutral)
                foreach (var cmdlet in cmdlets.Where(c => neutral.Document(c.Name) is null))
                    problems.Add(new HelpProblem(HelpProblemCode.MissingDocument, neutral.Folder, 0,
                        $"{cmdlet.Name}: the cmdlet has no help; write {Path.Combine(neutral.Folder, cmdlet.Name + ".md")} (the format is in {Path.Combine(sourceFolder, "README.md")})."));
            return problems;
        }

        /// <summary>Per culture, the cmdlets it has no file for and whose en-US help it gets: one line per culture, for the build log.</summary>
        public IEnumerable<string> Fallbacks() =>
            from culture in cultures
            where culture.Culture != HelpSources.NeutralCulture
            let untranslated = cmdlets.Where(c => culture.Document(c.Name) is null).Select(c => c.Name).ToList()
            where untranslated.Count > 0
            select $"  {culture.Culture}: no translation yet of {string.Join(", ", untranslated)}; their {HelpSources.NeutralCulture} help is used.";

        /// <summary>
        /// Writes <c>&lt;culture&gt;/<paramref name="helpFileName"/></c> and the about topics of every
        /// culture into <paramref name="outputFolder"/>, and removes about topics no source has any more.
        /// Call only when <see cref="Check"/> found nothing.
        /// </summary>
        public IReadOnlyList<string> WriteTo(string outputFolder, string helpFileName)
        {
            var neutral = Neutral ?? throw new InvalidOperationException("Check() reports the missing en-US folder first.");
            var written = new List<string>();
            foreach (var culture in cultures)
            {
                var folder = Path.Combine(outputFolder, culture.Culture);
                var helpFile = Path.Combine(folder, helpFileName);
                MamlWriter.Write(helpFile, cmdlets.Select(c => (c, culture.Document(c.Name) ?? neutral.Document(c.Name)!)));
                written.Add(helpFile);
                foreach (var topic in culture.AboutTopics)
                {
                    topic.CopyTo(folder);
                    written.Add(Path.Combine(folder, Path.GetFileName(topic.Path)));
                }
                var current = new HashSet<string>(culture.AboutTopics.Select(t => Path.GetFileName(t.Path)), StringComparer.OrdinalIgnoreCase);
                foreach (var stale in Directory.EnumerateFiles(folder, AboutTopic.FilePattern).Where(f => !current.Contains(Path.GetFileName(f))).ToList())
                    File.Delete(stale);
            }
            return written;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using CloudResponsibility.HelpCompiler.Markdown;
using CloudResponsibility.HelpCompiler.Metadata;
using CloudResponsibility.HelpCompiler.Validation;
using Chapters = CloudResponsibility.HelpCompiler.Markdown.HelpDocument.ChapterTitles;

namespace CloudResponsibility.HelpCompiler.Maml
{
    /// <summary>
    /// Writes the MAML file Get-Help reads for the cmdlets of a binary module
    /// (<c>&lt;culture&gt;/&lt;Assembly&gt;.dll-Help.xml</c>): one <c>command:command</c> per cmdlet,
    /// its syntax and parameter facts from the compiled cmdlet, its text from the Markdown. Only
    /// validated documents reach here. Get-Help adds the common parameters itself.
    /// </summary>
    public static class MamlWriter
    {
        private const string Maml = MamlNamespaces.Maml;
        private const string Command = MamlNamespaces.Command;
        private const string Dev = MamlNamespaces.Dev;

        /// <summary>Writes the help of <paramref name="commands"/> to <paramref name="path"/> (replacing it in one step), creating its folder.</summary>
        public static void Write(string path, IEnumerable<(CmdletDescriptor Cmdlet, HelpDocument Document)> commands)
        {
            var settings = new XmlWriterSettings
            {
                Indent = true,
                IndentChars = "  ",
                NewLineChars = "\n",
                Encoding = new UTF8Encoding(true),
            };
            AtomicFile.Write(path, stream =>
            {
                using var writer = XmlWriter.Create(stream, settings);
                writer.WriteStartDocument();
                writer.WriteStartElement("helpItems", MamlNamespaces.Msh);
                writer.WriteAttributeString("schema", "maml");
                foreach (var (cmdlet, document) in commands) WriteCommand(writer, cmdlet, document);
                writer.WriteEndElement();
                writer.WriteEndDocument();
            });
        }

        private static void WriteCommand(XmlWriter writer, CmdletDescriptor cmdlet, HelpDocument document)
        {
            writer.WriteStartElement("command", "command", Command);
            writer.WriteAttributeString("xmlns", "maml", null, Maml);
            writer.WriteAttributeString("xmlns", "command", null, Command);
            writer.WriteAttributeString("xmlns", "dev", null, Dev);
            writer.WriteAttributeString("xmlns", "MSHelp", null, MamlNamespaces.MSHelp);

            writer.WriteStartElement("command", "details", Command);
            writer.WriteElementString("command", "name", Command, cmdlet.Name);
            writer.WriteElementString("command", "verb", Command, cmdlet.Verb);
            writer.WriteElementString("command", "noun", Command, cmdlet.Noun);
            WriteDescription(writer, new[] { string.Join(" ", Prose(document, Chapters.Synopsis)) });
            writer.WriteEndElement();

            WriteDescription(writer, Paragraphs(document.Chapter(Chapters.Description)?.Body.Blocks));
            WriteSyntax(writer, cmdlet, document);
            WriteParameters(writer, cmdlet, document);
            WriteInputs(writer, document);
            WriteOutputs(writer, cmdlet, document);
            WriteNotes(writer, document);
            WriteExamples(writer, document);
            WriteRelatedLinks(writer, document);
            writer.WriteEndElement();
        }

        private static void WriteSyntax(XmlWriter writer, CmdletDescriptor cmdlet, HelpDocument document)
        {
            writer.WriteStartElement("command", "syntax", Command);
            foreach (var set in cmdlet.ParameterSets)
            {
                writer.WriteStartElement("command", "syntaxItem", Command);
                writer.WriteElementString("maml", "name", Maml, cmdlet.Name);
                var inSet = cmdlet.Parameters
                    .Select(p => (Parameter: p, Binding: p.BindingIn(set)))
                    .Where(p => p.Binding is not null)
                    .OrderBy(p => p.Binding!.Position ?? int.MaxValue)
                    .ThenBy(p => p.Binding!.Mandatory ? 0 : 1)
                    .ThenBy(p => p.Parameter.IsSwitch ? 1 : 0)
                    .ThenBy(p => p.Parameter.Name, StringComparer.OrdinalIgnoreCase);
                foreach (var (parameter, binding) in inSet) WriteParameter(writer, parameter, Description(document, parameter), binding, inSyntax: true);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }

        private static void WriteParameters(XmlWriter writer, CmdletDescriptor cmdlet, HelpDocument document)
        {
            writer.WriteStartElement("command", "parameters", Command);
            foreach (var parameter in cmdlet.Parameters) WriteParameter(writer, parameter, Description(document, parameter), null, inSyntax: false);
            writer.WriteEndElement();
        }

        private static void WriteParameter(XmlWriter writer, CmdletParameter parameter, IReadOnlyList<string> description, ParameterBinding? binding, bool inSyntax)
        {
            var position = binding is not null ? binding.Position : parameter.CommonPosition;
            var byValue = binding?.ByValue ?? parameter.AnyByValue;
            var byPropertyName = binding?.ByPropertyName ?? parameter.AnyByPropertyName;
            writer.WriteStartElement("command", "parameter", Command);
            writer.WriteAttributeString("required", Bool(binding?.Mandatory ?? parameter.AlwaysMandatory));
            writer.WriteAttributeString("variableLength", Bool(parameter.IsArray));
            writer.WriteAttributeString("globbing", Bool(parameter.SupportsWildcards));
            writer.WriteAttributeString("pipelineInput", PipelineInput(byValue, byPropertyName));
            writer.WriteAttributeString("position", position is { } p ? p.ToString(CultureInfo.InvariantCulture) : "named");
            writer.WriteAttributeString("aliases", parameter.Aliases.Count > 0 ? string.Join(", ", parameter.Aliases) : "none");
            writer.WriteElementString("maml", "name", Maml, parameter.Name);
            WriteDescription(writer, description);
            if (parameter.AcceptedValues.Count > 0)
            {
                writer.WriteStartElement("command", "parameterValueGroup", Command);
                foreach (var value in parameter.AcceptedValues)
                {
                    writer.WriteStartElement("command", "parameterValue", Command);
                    writer.WriteAttributeString("required", "false");
                    writer.WriteAttributeString("command", "variableLength", Command, "false");
                    writer.WriteString(value);
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
            }
            if (!(parameter.IsSwitch && inSyntax))
            {
                writer.WriteStartElement("command", "parameterValue", Command);
                writer.WriteAttributeString("required", Bool(!parameter.IsSwitch));
                writer.WriteAttributeString("variableLength", Bool(parameter.IsArray));
                writer.WriteString(TypeNames.ShortName(parameter.Type));
                writer.WriteEndElement();
            }
            WriteType(writer, TypeNames.FullName(parameter.Type));
            writer.WriteElementString("dev", "defaultValue", Dev, parameter.IsSwitch ? "False" : "None");
            writer.WriteEndElement();
        }

        private static void WriteInputs(XmlWriter writer, HelpDocument document)
        {
            writer.WriteStartElement("command", "inputTypes", Command);
            foreach (var section in document.Chapter(Chapters.Inputs)?.Subsections ?? Array.Empty<HelpSection>())
            {
                writer.WriteStartElement("command", "inputType", Command);
                WriteType(writer, section.Title);
                WriteDescription(writer, Paragraphs(section.Blocks));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }

        private static void WriteOutputs(XmlWriter writer, CmdletDescriptor cmdlet, HelpDocument document)
        {
            var sections = document.Chapter(Chapters.Outputs)?.Subsections ?? Array.Empty<HelpSection>();
            writer.WriteStartElement("command", "returnValues", Command);
            foreach (var type in cmdlet.OutputTypes.Count > 0 ? cmdlet.OutputTypes : new[] { "None" })
            {
                writer.WriteStartElement("command", "returnValue", Command);
                WriteType(writer, type);
                WriteDescription(writer, Paragraphs(sections.FirstOrDefault(s => HelpValidator.NamesType(s.Title, type))?.Blocks));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }

        private static void WriteNotes(XmlWriter writer, HelpDocument document)
        {
            var notes = Paragraphs(document.Chapter(Chapters.Notes)?.Body.Blocks);
            if (notes.Count == 0) return;
            writer.WriteStartElement("maml", "alertSet", Maml);
            writer.WriteStartElement("maml", "alert", Maml);
            foreach (var para in notes) writer.WriteElementString("maml", "para", Maml, para);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        private static void WriteExamples(XmlWriter writer, HelpDocument document)
        {
            writer.WriteStartElement("command", "examples", Command);
            foreach (var example in document.Chapter(Chapters.Examples)?.Subsections ?? Array.Empty<HelpSection>())
            {
                writer.WriteStartElement("command", "example", Command);
                writer.WriteElementString("maml", "title", Maml, ExampleTitle(example.Title));
                writer.WriteElementString("dev", "code", Dev, string.Join("\n\n", example.Blocks.Where(b => b.IsCode && b.IsPowerShell).Select(b => b.Text)));
                writer.WriteStartElement("dev", "remarks", Dev);
                foreach (var para in Paragraphs(example.Blocks.Where(b => !(b.IsCode && b.IsPowerShell)).ToList()))
                    writer.WriteElementString("maml", "para", Maml, para);
                // Get-Help prints the next example's title right under the last remark; an empty para keeps a blank line between them.
                writer.WriteElementString("maml", "para", Maml, string.Empty);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }

        private static void WriteRelatedLinks(XmlWriter writer, HelpDocument document)
        {
            writer.WriteStartElement("maml", "relatedLinks", Maml);
            foreach (var block in document.Chapter(Chapters.RelatedLinks)?.Body.Prose ?? Enumerable.Empty<TextBlock>())
            {
                var link = RelatedLink.Parse(block.Text);
                writer.WriteStartElement("maml", "navigationLink", Maml);
                writer.WriteElementString("maml", "linkText", Maml, link.Text);
                writer.WriteElementString("maml", "uri", Maml, link.Uri);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }

        private static void WriteDescription(XmlWriter writer, IEnumerable<string> paragraphs)
        {
            writer.WriteStartElement("maml", "description", Maml);
            foreach (var para in paragraphs) writer.WriteElementString("maml", "para", Maml, para);
            writer.WriteEndElement();
        }

        private static void WriteType(XmlWriter writer, string name)
        {
            writer.WriteStartElement("dev", "type", Dev);
            writer.WriteElementString("maml", "name", Maml, name);
            writer.WriteElementString("maml", "uri", Maml, string.Empty);
            writer.WriteEndElement();
        }

        private static IReadOnlyList<string> Description(HelpDocument document, CmdletParameter parameter) =>
            Paragraphs(document.Chapter(Chapters.Parameters)?.Subsections
                .FirstOrDefault(s => string.Equals(s.Title, "-" + parameter.Name, StringComparison.Ordinal))?.Blocks);

        private static IEnumerable<string> Prose(HelpDocument document, string chapter) =>
            document.Chapter(chapter)?.Body.Prose.Select(b => b.Text) ?? Enumerable.Empty<string>();

        private static IReadOnlyList<string> Paragraphs(IReadOnlyList<TextBlock>? blocks) =>
            blocks?.Select(b => b.Text).Where(t => t.Length > 0).ToList() ?? new List<string>();

        private static string ExampleTitle(string title)
        {
            var dashes = new string('-', Math.Max(3, (64 - DisplayWidth.Of(title)) / 2));
            return dashes + " " + title + " " + dashes;
        }

        private static string PipelineInput(bool byValue, bool byPropertyName) =>
            byValue && byPropertyName ? "True (ByValue, ByPropertyName)"
            : byValue ? "True (ByValue)"
            : byPropertyName ? "True (ByPropertyName)"
            : "False";

        private static string Bool(bool value) => value ? "true" : "false";
    }
}

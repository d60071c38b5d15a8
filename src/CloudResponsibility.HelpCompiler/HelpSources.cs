using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CloudResponsibility.HelpCompiler.About;
using CloudResponsibility.HelpCompiler.Markdown;

namespace CloudResponsibility.HelpCompiler
{
    /// <summary>
    /// The help sources of one culture folder (<c>Help/en-US/</c>): a <c>&lt;Cmdlet-Name&gt;.md</c>
    /// per cmdlet and the <c>about_*.help.txt</c> topics.
    /// </summary>
    public sealed class HelpSources
    {
        /// <summary>The culture every cmdlet must be documented in; the others fall back to it.</summary>
        public const string NeutralCulture = "en-US";

        private static readonly Regex CultureFolderName = new Regex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})+$", RegexOptions.CultureInvariant);

        private HelpSources(string culture, string folder, IReadOnlyList<HelpDocument> documents, IReadOnlyList<AboutTopic> aboutTopics)
        {
            Culture = culture;
            Folder = folder;
            Documents = documents;
            AboutTopics = aboutTopics;
        }

        /// <summary>The culture name, e.g. <c>ja-JP</c>.</summary>
        public string Culture { get; }

        /// <summary>The folder the sources are in.</summary>
        public string Folder { get; }

        /// <summary>The cmdlet help files, by file name.</summary>
        public IReadOnlyList<HelpDocument> Documents { get; }

        /// <summary>The about topics.</summary>
        public IReadOnlyList<AboutTopic> AboutTopics { get; }

        /// <summary>The help of <paramref name="commandName"/> in this culture, or null.</summary>
        public HelpDocument? Document(string commandName) =>
            Documents.FirstOrDefault(d => string.Equals(d.CommandName, commandName, StringComparison.OrdinalIgnoreCase));

        /// <summary>
        /// Every culture folder under <paramref name="root"/> (folders whose name is a culture, such as
        /// <c>en-US</c> or <c>ja-JP</c>; others, and files such as a README, are not help), by name.
        /// </summary>
        public static IReadOnlyList<HelpSources> ReadAll(string root) =>
            Directory.EnumerateDirectories(root)
                .Where(d => IsCultureName(Path.GetFileName(d)))
                .OrderBy(d => Path.GetFileName(d), StringComparer.Ordinal)
                .Select(Read)
                .ToList();

        private static HelpSources Read(string folder)
        {
            var culture = Path.GetFileName(folder);
            var documents = Directory.EnumerateFiles(folder, "*.md")
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => MarkdownHelpReader.Read(f, culture))
                .ToList();
            var topics = Directory.EnumerateFiles(folder, AboutTopic.FilePattern)
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(AboutTopic.Read)
                .ToList();
            return new HelpSources(culture, folder, documents, topics);
        }

        /// <summary>A culture name as Get-Help's folders use them (<c>en-US</c>, <c>ja-JP</c>), checked by form so that no ICU data is needed.</summary>
        private static bool IsCultureName(string name) => CultureFolderName.IsMatch(name);
    }
}

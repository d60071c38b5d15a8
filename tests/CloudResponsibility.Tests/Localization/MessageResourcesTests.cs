using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CloudResponsibility.Localization;
using CloudResponsibility.Model;
using CloudResponsibility.Tests.Engine;
using Xunit;

namespace CloudResponsibility.Tests.Localization
{
    /// <summary>
    /// Every message in both languages: each assembly's Messages.resx (English) and Messages.ja.resx
    /// (Japanese) have the same keys, each with a text that takes the same arguments; the keys are
    /// those of the assembly's MessageKey; both are embedded in the assembly itself.
    /// </summary>
    public sealed class MessageResourcesTests
    {
        private static readonly Regex Placeholder = new Regex(@"\{(\d+)[^}]*\}");

        public static TheoryData<string> ResourceFiles()
        {
            var data = new TheoryData<string>();
            foreach (var file in EnglishResourceFiles()) data.Add(file);
            return data;
        }

        [Fact]
        public void ResourceFiles_AreThoseOfBothAssemblies() =>
            Assert.Equal(new[] { "src/CloudResponsibility.PowerShell/Localization/Messages.resx", "src/CloudResponsibility/Localization/Messages.resx" },
                EnglishResourceFiles().Select(f => f.Replace('\\', '/')).OrderBy(f => f, StringComparer.Ordinal));

        /// <summary>Every resource file of the sources but the Japanese ones, relative to the repository.</summary>
        private static IEnumerable<string> EnglishResourceFiles() =>
            Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.resx", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileNameWithoutExtension(f).EndsWith(".ja", StringComparison.Ordinal))
                .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f));

        [Theory]
        [MemberData(nameof(ResourceFiles))]
        public void Japanese_HasEveryEnglishMessageAndNoOther(string english)
        {
            var en = Read(Path.Combine(RepositoryPaths.Root, english));
            var ja = Read(Path.Combine(RepositoryPaths.Root, Path.ChangeExtension(english, ".ja.resx")));
            Assert.Equal(en.Keys.OrderBy(k => k, StringComparer.Ordinal), ja.Keys.OrderBy(k => k, StringComparer.Ordinal));
        }

        [Theory]
        [MemberData(nameof(ResourceFiles))]
        public void EachMessage_TakesTheSameArgumentsInBothLanguagesAndIsJapaneseInJapanese(string english)
        {
            var en = Read(Path.Combine(RepositoryPaths.Root, english));
            var ja = Read(Path.Combine(RepositoryPaths.Root, Path.ChangeExtension(english, ".ja.resx")));
            foreach (var (key, text) in en)
            {
                Assert.False(string.IsNullOrWhiteSpace(text), key);
                Assert.True(ja.TryGetValue(key, out var japanese), key);
                Assert.False(string.IsNullOrWhiteSpace(japanese), key);
                Assert.Equal(Arguments(text), Arguments(japanese!));
                // A message with words has them in Japanese; one that is only an argument ("'{0}'") may be the same.
                if (Regex.IsMatch(Placeholder.Replace(text, string.Empty), "[A-Za-z]{2,}")) Assert.True(HasJapanese(japanese!), $"{key}: '{japanese}' is not Japanese.");
            }
        }

        /// <summary>
        /// Japanese prose takes the full-width colon and parentheses, as the catalog's text does:
        /// a message that mixes "：" and ": " reads as two authors' work.
        /// </summary>
        [Theory]
        [MemberData(nameof(ResourceFiles))]
        public void JapaneseMessages_UseFullWidthColonsAndParentheses(string english)
        {
            var ja = Read(Path.Combine(RepositoryPaths.Root, Path.ChangeExtension(english, ".ja.resx")));
            foreach (var (key, text) in ja)
            {
                Assert.False(Regex.IsMatch(text, @"\S: "), $"{key}: '{text}' has a half-width colon.");
                Assert.False(Regex.IsMatch(text, @"\((?!\d+\))"), $"{key}: '{text}' has half-width parentheses.");
            }
        }

        [Fact]
        public void DomainMessageKeys_AreTheResourceKeys() =>
            Assert.Equal(Keys(typeof(MessageKey)), Messages.Table.In(Language.En).Keys.OrderBy(k => k, StringComparer.Ordinal));

        [Fact]
        public void CmdletMessageKeys_AreTheResourceKeys()
        {
            var assembly = CmdletAssembly();
            var table = (MessageTable)assembly.GetType("CloudResponsibility.PowerShell.Localization.Messages", throwOnError: true)!
                .GetField("Table", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            Assert.Equal(Keys(assembly.GetType("CloudResponsibility.PowerShell.Localization.MessageKey", throwOnError: true)!), table.In(Language.En).Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.Equal(table.In(Language.En).Count, table.In(Language.Ja).Count);
        }

        [Fact]
        public void DomainTable_ReadsBothLanguagesFromTheAssemblyItself()
        {
            Assert.Equal(Messages.Table.In(Language.En).Count, Messages.Table.In(Language.Ja).Count);
            Assert.Equal("Row 5 of 'a.csv'", Messages.Format(Language.En, MessageKey.LocationRowFile, 5, "a.csv"));
            Assert.Equal("'a.csv' の 5 行目", Messages.Format(Language.Ja, MessageKey.LocationRowFile, 5, "a.csv"));
        }

        [Fact]
        public void Format_AKeyNoMessageHas_Throws() =>
            Assert.Throws<KeyNotFoundException>(() => Messages.Format(Language.Ja, "NoSuchMessage"));

        [Theory]
        [InlineData("Core")]
        [InlineData("Desktop")]
        public void Module_HasNoSatelliteAssemblies(string edition) =>
            Assert.Empty(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "module", "bin", edition), "*.resources.dll", SearchOption.AllDirectories));

        /// <summary>
        /// The cmdlets' assembly, as the engine loads it from the module's Core folder (the Desktop
        /// resolver's tests load the net472 build of the same name into this process too).
        /// </summary>
        internal static Assembly CmdletAssembly()
        {
            using var session = new ModuleSession();
            var core = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "module", "bin", "Core"));
            return AppDomain.CurrentDomain.GetAssemblies().Single(a => a.GetName().Name == "CloudResponsibility.PowerShell"
                && !a.IsDynamic && Path.GetFullPath(a.Location).StartsWith(core, StringComparison.Ordinal));
        }

        private static IOrderedEnumerable<string> Keys(Type keys) =>
            keys.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).OrderBy(k => k, StringComparer.Ordinal);

        private static Dictionary<string, string> Read(string path) =>
            XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty);

        private static SortedSet<int> Arguments(string text) => new SortedSet<int>(Placeholder.Matches(text).Select(m => int.Parse(m.Groups[1].Value)));

        private static bool HasJapanese(string text) => text.Any(c => (c >= '\u3040' && c <= '\u30FF') || (c >= '\u4E00' && c <= '\u9FFF'));
    }
}

using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace CloudResponsibility.Tests.Help
{
    /// <summary>
    /// The help compiler on a copy of the shipped help sources, spoiled one way per test: it must
    /// refuse (exit 1, writing nothing) and name the cmdlet and parameter, with the stable code.
    /// </summary>
    public sealed class HelpCompilerTests
    {
        private const string HelpFile = "CloudResponsibility.PowerShell.dll-Help.xml";

        [Fact]
        public void HelpCompiler_ShippedSources_WritesMamlAndAboutTopicsPerCultureIntoEveryOutput()
        {
            using var temp = new TempDirectory();
            var core = Path.Combine(temp.Path, "Core");
            var desktop = Path.Combine(temp.Path, "Desktop");

            var run = HelpCompilerRun.Of(HelpCompilerRun.ShippedSources, core, desktop);

            Assert.True(run.ExitCode == 0, run.ToString());
            foreach (var culture in new[] { "en-US", "ja-JP" })
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(core, culture, HelpFile)), File.ReadAllBytes(Path.Combine(desktop, culture, HelpFile)));
                var topic = File.ReadAllBytes(Path.Combine(core, culture, "about_CloudResponsibility.help.txt"));
                Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, topic.Take(3));
            }
        }

        [Fact]
        public void HelpCompiler_CmdletWithoutMarkdown_FailsNamingTheCmdlet()
        {
            using var temp = new TempDirectory();
            var sources = CopyOfShippedSources(temp);
            File.Delete(Path.Combine(sources, "en-US", "Get-CloudThreat.md"));

            var run = Compile(temp, sources);

            AssertFailure(run, "CRHELP01", "Get-CloudThreat: the cmdlet has no help");
        }

        [Fact]
        public void HelpCompiler_ParameterWithoutDescription_FailsNamingCmdletAndParameter()
        {
            using var temp = new TempDirectory();
            var sources = CopyOfShippedSources(temp);
            Edit(sources, "en-US", "Get-ProviderControl.md", text => RemoveSection(text, "### -Kind"));

            var run = Compile(temp, sources);

            AssertFailure(run, "CRHELP02", "Get-ProviderControl: parameter -Kind has no description");
        }

        [Fact]
        public void HelpCompiler_DocumentedParameterThatDoesNotExist_FailsNamingIt()
        {
            using var temp = new TempDirectory();
            var sources = CopyOfShippedSources(temp);
            Edit(sources, "ja-JP", "Get-CloudThreat.md", text => text.Replace("### -Category", "### -Severity", StringComparison.Ordinal));

            var run = Compile(temp, sources);

            AssertFailure(run, "CRHELP03", "Get-CloudThreat: '### -Severity' documents a parameter that does not exist");
        }

        [Fact]
        public void HelpCompiler_OneExample_FailsAskingForTwo()
        {
            using var temp = new TempDirectory();
            var sources = CopyOfShippedSources(temp);
            Edit(sources, "en-US", "Get-CloudDeploymentModel.md", text => RemoveSection(RemoveSection(text, "### Example 3"), "### Example 2"));

            var run = Compile(temp, sources);

            AssertFailure(run, "CRHELP04", "Get-CloudDeploymentModel: 1 example(s)");
        }

        [Fact]
        public void HelpCompiler_AboutTopicLineOf80Columns_FailsNamingTheLine()
        {
            using var temp = new TempDirectory();
            var sources = CopyOfShippedSources(temp);
            Edit(sources, "ja-JP", "about_CloudResponsibility.help.txt", text => text + "    " + new string('表', 38) + "\n");

            var run = Compile(temp, sources);

            AssertFailure(run, "CRHELP07", "the line is 80 columns wide");
        }

        private static HelpCompilerRun Compile(TempDirectory temp, string sources)
        {
            var output = Path.Combine(temp.Path, "out");
            var run = HelpCompilerRun.Of(sources, output);
            Assert.False(Directory.Exists(output), "A failed compilation must write nothing." + Environment.NewLine + run);
            return run;
        }

        private static void AssertFailure(HelpCompilerRun run, string code, string message)
        {
            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Contains(run.Output.Split('\n'), line => line.Contains("error " + code + ": ", StringComparison.Ordinal) && line.Contains(message, StringComparison.Ordinal));
        }

        private static string CopyOfShippedSources(TempDirectory temp)
        {
            var target = temp.CreateFolder("Help");
            foreach (var file in Directory.EnumerateFiles(HelpCompilerRun.ShippedSources, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(target, Path.GetRelativePath(HelpCompilerRun.ShippedSources, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }
            return target;
        }

        private static void Edit(string sources, string culture, string file, Func<string, string> change)
        {
            var path = Path.Combine(sources, culture, file);
            var text = File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
            var changed = change(text);
            Assert.NotEqual(text, changed);
            File.WriteAllText(path, changed, new UTF8Encoding(false));
        }

        /// <summary>Removes a <c>###</c> heading and everything up to the next heading.</summary>
        private static string RemoveSection(string text, string heading)
        {
            var start = text.IndexOf(heading + "\n", StringComparison.Ordinal) is var exact && exact >= 0 ? exact : text.IndexOf(heading, StringComparison.Ordinal);
            Assert.True(start >= 0, heading + " not found");
            var end = text.IndexOf("\n#", start + heading.Length, StringComparison.Ordinal);
            return text.Remove(start, end - start + 1);
        }
    }
}

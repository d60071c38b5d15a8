using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CloudResponsibility.Tests.Engine;
using Xunit;

namespace CloudResponsibility.Tests.Help
{
    /// <summary>
    /// Get-Help, in the hosted engine, after importing the module by its manifest: every exported
    /// cmdlet has compiled help (a written synopsis, two examples or more, a description for every
    /// parameter that is not a common one), in English and in Japanese, and the about topic is found.
    /// Each test checks all cmdlets and reports every gap at once.
    /// </summary>
    public sealed class ModuleHelpTests
    {
        private const int MinimumExamples = 2;

        [Theory]
        [InlineData("en-US")]
        [InlineData("ja-JP")]
        public void ExportedCmdlets_GetHelp_HaveCompiledHelpWithSynopsis(string culture)
        {
            using var session = new ModuleSession(culture);
            var gaps = new List<string>();
            foreach (var name in ExportedCmdlets(session))
            {
                var help = FullHelp(session, name);
                if (!help.TypeNames.Contains("MamlCommandHelpInfo"))
                    gaps.Add($"{name}: no compiled help, Get-Help generated it ({string.Join(", ", help.TypeNames)}).");
                var synopsis = HelpObjects.Text(help, "Synopsis");
                if (synopsis.Length == 0 || synopsis.StartsWith(name, StringComparison.OrdinalIgnoreCase))
                    gaps.Add($"{name}: no written synopsis (got '{synopsis}').");
            }
            Assert.True(gaps.Count == 0, string.Join(Environment.NewLine, gaps));
        }

        [Fact]
        public void ExportedCmdlets_GetHelp_HaveAtLeastTwoExamplesWithCode()
        {
            using var session = new ModuleSession();
            var gaps = new List<string>();
            foreach (var name in ExportedCmdlets(session))
            {
                var examples = HelpObjects.Values(FullHelp(session, name), "examples", "example");
                if (examples.Count < MinimumExamples) gaps.Add($"{name}: {examples.Count} example(s).");
                foreach (var example in examples.Where(e => HelpObjects.Text(e, "code").Length == 0))
                    gaps.Add($"{name}: '{HelpObjects.Text(example, "title")}' has no code.");
            }
            Assert.True(gaps.Count == 0, string.Join(Environment.NewLine, gaps));
        }

        [Fact]
        public void ExportedCmdlets_GetHelp_DescribeEveryNonCommonParameter()
        {
            using var session = new ModuleSession();
            var gaps = new List<string>();
            foreach (var name in ExportedCmdlets(session))
            {
                var described = HelpObjects.Values(FullHelp(session, name), "parameters", "parameter")
                    .ToDictionary(p => HelpObjects.Text(p, "name"), p => HelpObjects.Text(p, "description"), StringComparer.OrdinalIgnoreCase);
                var parameters = session.Run($"(Get-Command -Name '{name}').Parameters.Keys").WithoutErrors()
                    .Output.Select(o => (string)o.BaseObject).Where(p => !Cmdlet.CommonParameters.Contains(p));
                foreach (var parameter in parameters)
                    if (!described.TryGetValue(parameter, out var description) || description.Length == 0)
                        gaps.Add($"{name}: -{parameter} has no description.");
            }
            Assert.True(gaps.Count == 0, string.Join(Environment.NewLine, gaps));
        }

        [Fact]
        public void GetCloudThreat_GetHelpFull_ShowsSynopsisParametersAndExamples()
        {
            using var session = new ModuleSession();
            var help = FullHelp(session, "Get-CloudThreat");

            Assert.StartsWith("Gets the threats to cloud services", HelpObjects.Text(help, "Synopsis"), StringComparison.Ordinal);
            var parameters = HelpObjects.Values(help, "parameters", "parameter").ToDictionary(p => HelpObjects.Text(p, "name"));
            Assert.Equal(new[] { "Category", "Id", "InputObject", "Language", "ServiceModel" }, parameters.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.Equal("0", HelpObjects.Text(parameters["Id"], "position"));
            Assert.Equal("true", HelpObjects.Text(parameters["Id"], "globbing"));
            Assert.Equal("true", HelpObjects.Text(parameters["InputObject"], "required"));
            Assert.Equal("True (ByValue)", HelpObjects.Text(parameters["InputObject"], "pipelineInput"));
            // ja, en or a culture name of either: not a closed set of values, so the description says them.
            Assert.Empty(HelpObjects.Values(parameters["Language"], "parameterValueGroup", "parameterValue"));
            Assert.Contains("ja (Japanese) or en (English), or a culture name of either (ja-JP, en-US)", HelpObjects.Text(parameters["Language"], "description"), StringComparison.Ordinal);
            Assert.Contains("$CloudResponsibilityLanguage", HelpObjects.Text(parameters["Language"], "description"), StringComparison.Ordinal);
            Assert.Equal(2, HelpObjects.Values(help, "syntax", "syntaxItem").Count);
            var code = HelpObjects.Values(help, "examples", "example").Select(e => HelpObjects.Text(e, "code")).ToList();
            Assert.Contains("Get-CloudThreat TH-02 | Get-ProviderControl", code);
            Assert.Equal("CloudResponsibility.Model.CloudThreat", HelpObjects.Text(help, "returnValues", "returnValue", "type", "name"));
        }

        [Fact]
        public void GetCloudThreat_JapaneseUiCulture_ShowsJapaneseHelp()
        {
            using var session = new ModuleSession("ja-JP");
            var help = FullHelp(session, "Get-CloudThreat");
            Assert.Contains("脅威", HelpObjects.Text(help, "Synopsis"), StringComparison.Ordinal);
            Assert.Contains("例 1", HelpObjects.Text(help, "examples", "example", "title"), StringComparison.Ordinal);
        }

        [Fact]
        public void AboutCloudResponsibility_GetHelp_FindsTheTopic()
        {
            using var session = new ModuleSession();
            var topic = AboutTopic(session);
            Assert.StartsWith("TOPIC", topic.TrimStart(), StringComparison.Ordinal);
            Assert.Contains("about_CloudResponsibility", topic, StringComparison.Ordinal);
            Assert.Contains("SHORT DESCRIPTION", topic, StringComparison.Ordinal);
            Assert.Contains("Import-CloudInventory .\\inventory.csv", topic, StringComparison.Ordinal);
        }

        [Fact]
        public void AboutCloudResponsibility_JapaneseUiCulture_FindsTheJapaneseTopic()
        {
            using var session = new ModuleSession("ja-JP");
            Assert.Contains("責任共有モデル", AboutTopic(session), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("en-US", "SEE ALSO")]
        [InlineData("ja-JP", "関連項目")]
        public void AboutCloudResponsibility_EveryExportedCmdlet_IsDescribedAndUnderSeeAlso(string culture, string seeAlso)
        {
            using var session = new ModuleSession(culture);
            var topic = AboutTopic(session).Replace("\r\n", "\n");
            var start = topic.IndexOf("\n" + seeAlso + "\n", StringComparison.Ordinal);
            Assert.True(start > 0, $"No {seeAlso} heading.");
            var body = topic.Substring(0, start);
            var related = topic.Substring(start).Split('\n').Select(line => line.Trim()).ToList();
            var gaps = ExportedCmdlets(session)
                .SelectMany(name => (body.Contains(name, StringComparison.Ordinal) ? Array.Empty<string>() : new[] { $"{name} is not described." })
                    .Concat(related.Contains(name) ? Array.Empty<string>() : new[] { $"{name} is not under {seeAlso}." }))
                .ToList();
            Assert.True(gaps.Count == 0, string.Join(Environment.NewLine, gaps));
        }

        [Fact]
        public void AboutCloudResponsibility_HelpList_ShowsItsShortDescription()
        {
            using var session = new ModuleSession();
            var entry = Assert.Single(session.Run("Get-Help -Name about_Cloud* -Category HelpFile").WithoutErrors().Output);
            Assert.Equal("about_CloudResponsibility", HelpObjects.Text(entry, "Name"));
            Assert.Contains("shared-responsibility model", HelpObjects.Text(entry, "Synopsis"), StringComparison.Ordinal);
        }

        private static IReadOnlyList<string> ExportedCmdlets(ModuleSession session)
        {
            var names = session.Run("Get-Command -Module CloudResponsibility -CommandType Cmdlet | ForEach-Object Name").WithoutErrors()
                .Output.Select(o => (string)o.BaseObject).ToList();
            Assert.NotEmpty(names);
            return names;
        }

        private static PSObject FullHelp(ModuleSession session, string name) =>
            Assert.Single(session.Run($"Get-Help -Name '{name}' -Full").WithoutErrors().Output);

        private static string AboutTopic(ModuleSession session) =>
            Assert.IsType<string>(Assert.Single(session.Run("Get-Help -Name about_CloudResponsibility").WithoutErrors().Output).BaseObject);
    }
}

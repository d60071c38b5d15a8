using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CloudResponsibility.Audit;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;
using CloudResponsibility.Output;
using Xunit;

namespace CloudResponsibility.Tests.Audit
{
    /// <summary>
    /// Every report that shows findings shows what to do about each (Finding.Action): a column of
    /// the CSV, JSON and Excel reports, beside the detail in HTML and Markdown, the end of a SARIF
    /// result's message and the rule's help, under each finding in a JUnit case.
    /// </summary>
    public sealed class FindingActionReportTests
    {
        /// <summary>A service that triggers every legal point, and has no owner named (OWN-01): findings of two families.</summary>
        private static readonly CloudService Everything = new CloudService("Azure Virtual Machines", ServiceModel.IaaS, "Vendor", DeploymentModel.Public,
            new ValueList<string>(new[] { "JP", "US", "IE" }), true, true, true, true, "US", null);

        private static List<Finding> Audit(Language language) =>
            new AuditEngine(CloudCatalog.Default.In(language), AuditRuleCatalog.Default,
                AuditOptions.Default with { AsOf = new DateTime(2026, 12, 1), ExpectQuestionnaires = false, Language = language })
                .Audit(Everything, "inventory.csv", 2).ToList();

        private static string Write(TempDirectory directory, ReportFormat format, string name, IReadOnlyList<Finding> findings)
        {
            var path = Path.Combine(directory.Path, name);
            using var session = ReportSession.Open(path, format, ReportOptions.Default);
            foreach (var finding in findings) session.Add(finding, ReportColumns.Of(typeof(Finding))!);
            session.Commit();
            return path;
        }

        [Theory]
        [MemberData(nameof(FindingsReportTests.EveryFormat), MemberType = typeof(FindingsReportTests))]
        public void EveryFormat_CarriesTheActionOfEachFinding(ReportFormat format, string name)
        {
            using var directory = new TempDirectory();
            var findings = Audit(Language.En);
            Assert.Equal(new[] { "OWN-01", "LEG-01", "LEG-02", "LEG-03", "LEG-04", "LEG-05" }, findings.Select(f => f.RuleId));
            var path = Write(directory, format, name, findings);
            var text = format == ReportFormat.Xlsx ? SheetText(path) : File.ReadAllText(path);
            if (format == ReportFormat.Html) text = System.Net.WebUtility.HtmlDecode(text);
            // The actions' first words: no character the other formats escape.
            foreach (var finding in findings)
                Assert.Contains(finding.Action.Substring(0, 40), text, StringComparison.Ordinal);
        }

        [Fact]
        public void Csv_HasTheActionColumn_AfterTheDetail_AndReadsBackTheAction()
        {
            using var directory = new TempDirectory();
            var findings = Audit(Language.Ja);
            var path = Write(directory, ReportFormat.Csv, "audit.csv", findings);
            var header = File.ReadLines(path).First().TrimStart('\uFEFF').Split(',');
            Assert.Equal(Array.IndexOf(header, "Detail") + 1, Array.IndexOf(header, "Action"));
            var (baseline, errors) = Baseline.Read(path);
            Assert.Empty(errors);
            Assert.Equal(findings.Select(f => f.Action), baseline.Findings.Select(f => f.Action));
        }

        [Fact]
        public void Json_GivesEachFindingItsAction()
        {
            using var directory = new TempDirectory();
            var findings = Audit(Language.En);
            using var document = JsonDocument.Parse(File.ReadAllText(Write(directory, ReportFormat.Json, "audit.json", findings)));
            Assert.Equal(findings.Select(f => f.Action), document.RootElement.EnumerateArray().Select(e => e.GetProperty("Action").GetString()));
        }

        [Theory]
        [InlineData(Language.En, "Action")]
        [InlineData(Language.Ja, "対応")]
        public void HtmlAndMarkdown_HaveAnActionColumnBesideTheDetail(Language language, string label)
        {
            using var directory = new TempDirectory();
            var findings = Audit(language);
            var html = File.ReadAllText(Write(directory, ReportFormat.Html, "audit.html", findings));
            var detail = language == Language.En ? "Detail" : "詳細";
            var source = language == Language.En ? "Source" : "出典";
            Assert.Contains($">{detail}</th><th data-key=\"action\" data-type=\"text\" tabindex=\"0\">{label}</th><th data-key=\"source\"", html, StringComparison.Ordinal);
            foreach (var finding in findings)
                Assert.Contains($"<td class=\"action\">{System.Net.WebUtility.HtmlEncode(finding.Action)}</td><td>{System.Net.WebUtility.HtmlEncode(finding.Source)}</td></tr>", html, StringComparison.Ordinal);
            var markdown = File.ReadAllText(Write(directory, ReportFormat.Markdown, "audit.md", findings));
            Assert.Contains($"| {detail} | {label} | {source} |", markdown, StringComparison.Ordinal);
            Assert.Contains("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n", markdown.Replace("\r\n", "\n"), StringComparison.Ordinal);
            var medical = findings.Single(f => f.RuleId == "LEG-05");
            Assert.Contains($" | {medical.Action} | {medical.Source} |", markdown, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(Language.En, "Action: ", "{0}: {1}. {2}")]
        [InlineData(Language.Ja, "対応：", "{0}：{1}。{2}")]
        public async System.Threading.Tasks.Task Sarif_EndsEachResultsMessageWithItsAction_AndTheRulesHelpWithTheRulesAction(Language language, string label, string headline)
        {
            using var directory = new TempDirectory();
            var findings = Audit(language);
            var text = File.ReadAllText(Write(directory, ReportFormat.Sarif, "audit.sarif", findings));
            var schema = await NJsonSchema.JsonSchema.FromFileAsync(RepositoryPaths.Fixture("Schemas", "sarif-schema-2.1.0.json"));
            Assert.Empty(schema.Validate(text));
            using var document = JsonDocument.Parse(text);
            var run = document.RootElement.GetProperty("runs")[0];
            var results = run.GetProperty("results").EnumerateArray().ToList();
            Assert.Equal(findings.Count, results.Count);
            foreach (var (finding, result) in findings.Zip(results, (f, r) => (f, r)))
            {
                var message = result.GetProperty("message").GetProperty("text").GetString()!;
                // What is wrong stays the first sentence; what to do is the last line.
                Assert.StartsWith(string.Format(CultureInfo.InvariantCulture, headline, finding.ServiceName, finding.Title, finding.Detail), message, StringComparison.Ordinal);
                Assert.EndsWith("\n" + label + finding.Action, message, StringComparison.Ordinal);
                Assert.Equal(finding.Action, result.GetProperty("properties").GetProperty("action").GetString());
            }
            foreach (var rule in run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray())
            {
                var catalogRule = AuditRuleCatalog.Default.Find(rule.GetProperty("id").GetString()!, language)!;
                var help = rule.GetProperty("help");
                Assert.Equal($"{catalogRule.Rationale}\n\n{label}{catalogRule.ActionTemplate}", help.GetProperty("text").GetString());
                Assert.EndsWith($"\n\n{label}{catalogRule.ActionTemplate}", help.GetProperty("markdown").GetString(), StringComparison.Ordinal);
            }
        }

        [Theory]
        [InlineData(Language.En, "Action: ")]
        [InlineData(Language.Ja, "対応：")]
        public void JUnit_GivesEachFailingFindingsAction_UnderItsLine(Language language, string label)
        {
            using var directory = new TempDirectory();
            var findings = Audit(language);
            var document = XDocument.Load(Write(directory, ReportFormat.JUnit, "audit.xml", findings));
            var failures = document.Descendants("failure").ToList();
            Assert.Equal(findings.Count, failures.Count);
            foreach (var finding in findings)
            {
                var failure = failures.Single(f => f.Parent!.Attribute("name")!.Value.StartsWith(finding.RuleId + " ", StringComparison.Ordinal));
                var lines = failure.Value.Split('\n');
                Assert.Equal(2, lines.Length);
                Assert.StartsWith($"[{finding.Severity}/{finding.Status}] {finding.Title} — {finding.Detail}", lines[0], StringComparison.Ordinal);
                Assert.Equal("  " + label + finding.Action, lines[1]);
            }
        }

        private static string SheetText(string path)
        {
            using var zip = ZipFile.OpenRead(path);
            return string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)).Select(e =>
            {
                using var reader = new StreamReader(e.Open());
                return reader.ReadToEnd();
            }));
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using CloudResponsibility.Audit;
using CloudResponsibility.Catalog;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.Output;
using CloudResponsibility.Resolution;
using Xunit;

namespace CloudResponsibility.Tests.Audit
{
    /// <summary>The findings reports of the sample organisation's audit, validated against the official schemas.</summary>
    public sealed class FindingsReportTests
    {
        private static readonly Lazy<List<Finding>> SampleFindings = new Lazy<List<Finding>>(() => AuditSample(Language.En));

        /// <summary>The audit's summary lines of the same organisation, as Invoke-CloudAudit -Summary gives them.</summary>
        private static readonly Lazy<List<AuditSummary>> SampleSummaries = new Lazy<List<AuditSummary>>(() =>
            RunSample(Language.En, (engine, service, file, row) => new[] { engine.Summarize(service, file, row) }, (_, _, _) => null, _ => Array.Empty<AuditSummary>()));

        /// <summary>The sample organisation's audit, as Invoke-CloudAudit gives it with its questionnaires, overrides and suppressions.</summary>
        /// <summary>Every format a findings report is written in, with a file name of its own.</summary>
        public static TheoryData<ReportFormat, string> EveryFormat() => new TheoryData<ReportFormat, string>
        {
            { ReportFormat.Csv, "audit.csv" }, { ReportFormat.Json, "audit.json" }, { ReportFormat.Xlsx, "audit.xlsx" }, { ReportFormat.Sarif, "audit.sarif" },
            { ReportFormat.JUnit, "audit.xml" }, { ReportFormat.Markdown, "audit.md" }, { ReportFormat.Html, "audit.html" },
        };

        internal static List<Finding> AuditSample(Language language) =>
            RunSample(language, (engine, service, file, row) => engine.Audit(service, file, row), (engine, file, message) => engine.Unreadable(file, message), engine => engine.Complete());

        private static List<T> RunSample<T>(Language language, Func<AuditEngine, CloudService, string?, long?, IEnumerable<T>> audit, Func<AuditEngine, string, string, T?> unreadable, Func<AuditEngine, IEnumerable<T>> complete)
            where T : class
        {
            var folder = Path.Combine(RepositoryPaths.Root, "module", "samples", "organisation");
            var questionnaires = new QuestionnaireSet();
            var engine = new AuditEngine(CloudCatalog.Default.In(language), AuditRuleCatalog.Default,
                AuditOptions.Default with { AsOf = new DateTime(2026, 12, 1), MaxAge = TimeSpan.FromDays(365), ExpectQuestionnaires = true, Language = language },
                questionnaires, ContractOverrideFile.Read(Path.Combine(folder, "contract-overrides.csv")).Overrides,
                SuppressionSet.Read(Path.Combine(folder, "suppressions.csv"), new DateTime(2026, 12, 1)).Suppressions);
            var results = new List<T>();
            foreach (var file in Directory.GetFiles(Path.Combine(folder, "questionnaires"), "*.csv").OrderBy(f => f, StringComparer.Ordinal))
                if (!questionnaires.Add(file, _ => { }, out var problem, out _) && unreadable(engine, file, problem!.Message) is { } result) results.Add(result);
            using var reader = InventoryReader.Open(Path.Combine(folder, "inventory.csv"));
            while (reader.Read())
                if (reader.Current!.Service is { } service) results.AddRange(audit(engine, service, reader.Current.File, reader.Current.Row));
            results.AddRange(complete(engine));
            return results;
        }

        private static string Write(TempDirectory directory, ReportFormat format, string name, FindingSeverity? failOn = null, IReadOnlyList<Finding>? findings = null, IReadOnlyList<AuditSummary>? summaries = null, bool summariesFirst = false)
        {
            var path = Path.Combine(directory.Path, name);
            using var session = ReportSession.Open(path, format, ReportOptions.Default with { FailOn = failOn });
            var rows = (findings ?? SampleFindings.Value).Cast<object>().ToList();
            if (summaries is not null) rows.InsertRange(summariesFirst ? 0 : rows.Count, summaries);
            foreach (var row in rows) session.Add(row, ReportColumns.Of(row.GetType())!);
            session.Commit();
            return path;
        }

        [Fact]
        public async System.Threading.Tasks.Task Sarif_IsValidAgainstTheSchema_WithStableRuleIdsFingerprintsAndInventoryRows()
        {
            using var directory = new TempDirectory();
            var path = Write(directory, ReportFormat.Sarif, "audit.sarif");
            var schema = await NJsonSchema.JsonSchema.FromFileAsync(RepositoryPaths.Fixture("Schemas", "sarif-schema-2.1.0.json"));
            var text = File.ReadAllText(path);
            Assert.Empty(schema.Validate(text));
            using var document = JsonDocument.Parse(text);
            var run = document.RootElement.GetProperty("runs")[0];
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
            Assert.Equal(AuditRuleCatalog.Default.In(Language.En).Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
            Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("help").GetProperty("text").GetString())));
            var results = run.GetProperty("results").EnumerateArray().ToList();
            Assert.Equal(SampleFindings.Value.Count, results.Count);
            var medical = results.Single(r => r.GetProperty("ruleId").GetString() == "LEG-05");
            var finding = SampleFindings.Value.Single(f => f.RuleId == "LEG-05");
            Assert.Equal(finding.Fingerprint, medical.GetProperty("partialFingerprints").EnumerateObject().Single().Value.GetString());
            var location = medical.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.EndsWith("/inventory.csv", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal(finding.InventoryRow, location.GetProperty("region").GetProperty("startLine").GetInt64());
            Assert.Equal("error", medical.GetProperty("level").GetString());
            Assert.Equal(3, results.Count(r => r.TryGetProperty("suppressions", out _)));
        }

        [Fact]
        public void Sarif_LocatesAVendorsAnswerInItsQuestionnaire_WithTheServicesInventoryRowRelated()
        {
            using var directory = new TempDirectory();
            using var document = JsonDocument.Parse(File.ReadAllText(Write(directory, ReportFormat.Sarif, "audit.sarif")));
            var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
            var answer = SampleFindings.Value.First(f => f.RuleId == "VND-01" && f.InventoryFile is not null);
            var result = results.Single(r => r.GetProperty("partialFingerprints").EnumerateObject().Single().Value.GetString() == answer.Fingerprint);
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.EndsWith("/" + Path.GetFileName(answer.EvidenceFile), location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Contains("/questionnaires/", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal(answer.EvidenceRow, location.GetProperty("region").GetProperty("startLine").GetInt64());
            var related = result.GetProperty("relatedLocations")[0].GetProperty("physicalLocation");
            Assert.EndsWith("/inventory.csv", related.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal(answer.InventoryRow, related.GetProperty("region").GetProperty("startLine").GetInt64());
        }

        [Fact]
        public void JUnit_IsValidAgainstTheSchema_OneCasePerServiceAndEvaluatedRule_FailuresAtOrAboveFailOn()
        {
            using var directory = new TempDirectory();
            var path = Write(directory, ReportFormat.JUnit, "audit.xml", FindingSeverity.High);
            var schemas = new XmlSchemaSet();
            schemas.Add(null, RepositoryPaths.Fixture("Schemas", "junit-10.xsd"));
            var problems = new List<string>();
            var document = XDocument.Load(path);
            document.Validate(schemas, (_, e) => problems.Add(e.Message));
            Assert.Empty(problems);
            var suites = document.Descendants("testsuite").ToDictionary(s => s.Attribute("name")!.Value);
            // The unreadable questionnaire file is no service: its finding is a case of the suite of questionnaire files, its class the file.
            var (onServices, onFiles) = (SampleFindings.Value.Where(f => f.RuleId != AuditRuleIds.UnreadableQuestionnaire).ToList(), SampleFindings.Value.Where(f => f.RuleId == AuditRuleIds.UnreadableQuestionnaire).ToList());
            Assert.Equal(onServices.Select(f => f.ServiceName).Distinct().Append("Questionnaire files").OrderBy(n => n, StringComparer.Ordinal), suites.Keys.OrderBy(n => n, StringComparer.Ordinal));
            var fileCase = Assert.Single(suites["Questionnaire files"].Elements("testcase"));
            Assert.Equal(("q10-2026.csv", "QST-03"), (fileCase.Attribute("classname")!.Value, fileCase.Attribute("name")!.Value.Split(' ')[0]));
            Assert.Equal(Assert.Single(onFiles).ServiceName, fileCase.Attribute("classname")!.Value);
            foreach (var service in onServices.GroupBy(f => f.ServiceName))
            {
                // The cases are the rules the audit evaluated for the service, and those of its findings (a Resolved one's).
                var evaluated = service.SelectMany(f => (f.EvaluatedRules ?? string.Empty).Split(new[] { "; " }, StringSplitOptions.RemoveEmptyEntries)).Concat(service.Select(f => f.RuleId)).Distinct().OrderBy(r => r, StringComparer.Ordinal);
                var cases = suites[service.Key].Elements("testcase").Select(c => c.Attribute("name")!.Value.Split(' ')[0]).OrderBy(r => r, StringComparer.Ordinal);
                Assert.Equal(evaluated, cases);
            }
            var failing = SampleFindings.Value.Where(f => f.Fails(FindingSeverity.High)).Select(f => f.ServiceName + "|" + f.RuleId).Distinct().Count();
            Assert.Equal(failing, document.Descendants("failure").Count());
            Assert.Equal(failing.ToString(), document.Root!.Attribute("failures")!.Value);
            Assert.True(failing > 0 && failing < SampleFindings.Value.Count);
            Assert.Equal(document.Descendants("testcase").Count().ToString(), document.Root!.Attribute("tests")!.Value);
            // Rules evaluated and not broken pass: a case with neither failure, skipped nor output.
            Assert.Contains(document.Descendants("testcase"), c => !c.HasElements);
        }

        [Fact]
        public void Html_IsOneSelfContainedUtf8Page_WithARowPerFinding()
        {
            using var directory = new TempDirectory();
            var path = Write(directory, ReportFormat.Html, "audit.html");
            var html = File.ReadAllText(path);
            Assert.StartsWith("<!DOCTYPE html>", html);
            Assert.Contains("<meta charset=\"utf-8\">", html);
            Assert.DoesNotContain("src=\"http", html);
            Assert.DoesNotContain("href=\"http", html);
            Assert.Equal(SampleFindings.Value.Count, System.Text.RegularExpressions.Regex.Matches(html, "<tr [^>]*data-fingerprint=").Count);
            Assert.Contains("医用画像解析クラウド", html);
        }

        [Fact]
        public void Html_InJapanese_NamesTheOwnersSeveritiesAndStatusesInJapanese_InTheSummaryAndTheFindings()
        {
            using var directory = new TempDirectory();
            var html = File.ReadAllText(Write(directory, ReportFormat.Html, "audit.html", findings: AuditSample(Language.Ja)));
            var summaryHeader = System.Text.RegularExpressions.Regex.Match(html, "<table id=\"summary\"><thead><tr>(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
            Assert.Contains("<th>利用者</th>", summaryHeader);
            Assert.DoesNotContain("<th>Customer</th>", summaryHeader);
            Assert.Matches("data-owner=\"Customer\"[^>]*>.*?<td>利用者</td>", html);
            Assert.Contains("<option value=\"Customer\">利用者</option>", html);
            // Severities and statuses too, while the filters keep the names that links carry (#severity=High).
            Assert.Contains("<option value=\"High\">高</option>", html);
            Assert.Contains("<option value=\"New\">新規</option>", html);
            Assert.Matches("data-severity=\"High\"[^>]*><td data-sort=\"3\"><span class=\"badge\">高</span></td><td>新規</td>", html);
            Assert.Contains("<tr class=\"sev-High\" data-severity=\"High\"><th>高</th>", html);
            // The matrix's last column says what its cells count.
            Assert.Contains("<th>未解決の指摘：最も高い重大度（件数）</th>", html);
            Assert.Matches("<td class=\"sev-High\">高（\\d+）</td></tr>", html);
        }

        [Fact]
        public void Markdown_CountsTheServicesWithFindings_AndSaysThatServicesWithoutAreNotListed()
        {
            using var directory = new TempDirectory();
            var markdown = File.ReadAllText(Write(directory, ReportFormat.Markdown, "audit.md"));
            var onServices = SampleFindings.Value.Where(f => f.RuleId != AuditRuleIds.UnreadableQuestionnaire).ToList();
            var services = onServices.Select(f => f.ServiceName).Distinct(StringComparer.Ordinal).Count();
            Assert.Contains($"{onServices.Count} finding(s) on {services} service(s)", markdown);
            Assert.Contains("A service with no findings is not listed: add the lines of Invoke-CloudAudit -Summary", markdown);
            Assert.Contains("1 more finding(s), 1 open, concern questionnaire files that could not be read (q10-2026.csv), not services.", markdown);
            Assert.Contains("| High | New | File q10-2026.csv | QST-03 |", markdown);
            Assert.DoesNotContain("| q10-2026.csv |", markdown);
        }

        [Fact]
        public void MarkdownAndHtml_WithTheSummaryLines_CountTheServicesAudited_AndListThoseWithoutFindings()
        {
            using var directory = new TempDirectory();
            var clean = SampleSummaries.Value.Where(s => s.Findings == 0).Select(s => s.ServiceName).ToList();
            Assert.InRange(clean.Count, 1, SampleSummaries.Value.Count - 1);
            // The unreadable questionnaire's finding is about a file, not a service: the services with findings and those without are the services audited.
            var onServices = SampleFindings.Value.Where(f => f.RuleId != AuditRuleIds.UnreadableQuestionnaire).ToList();
            var services = onServices.Select(f => f.ServiceName).Distinct(StringComparer.Ordinal).Count();
            Assert.Equal(SampleSummaries.Value.Count, services + clean.Count);
            var line = $"{SampleSummaries.Value.Count} service(s) audited; {onServices.Count} finding(s) on {services} service(s)";
            var markdown = File.ReadAllText(Write(directory, ReportFormat.Markdown, "audit.md", summaries: SampleSummaries.Value));
            Assert.Contains(line + $", {onServices.Count(f => f.Status != FindingStatus.Suppressed && f.Status != FindingStatus.Resolved)} open; {clean.Count} without findings, listed at the end."
                + " 1 more finding(s), 1 open, concern questionnaire files that could not be read (q10-2026.csv), not services.", markdown);
            var listed = markdown.Substring(markdown.IndexOf("## Services audited without findings", StringComparison.Ordinal)).Split('\n').Skip(4).TakeWhile(l => l.StartsWith("| ", StringComparison.Ordinal));
            Assert.Equal(clean, listed.Select(l => l.Split('|')[1].Trim()));
            var html = File.ReadAllText(Write(directory, ReportFormat.Html, "audit.html", summaries: SampleSummaries.Value, summariesFirst: true));
            Assert.Contains(System.Net.WebUtility.HtmlEncode(line), html);
            Assert.Equal(clean.Select(System.Net.WebUtility.HtmlEncode), System.Text.RegularExpressions.Regex.Matches(html, "<tr data-audited=\"([^\"]*)\">").Select(m => m.Groups[1].Value));
            Assert.Equal(SampleFindings.Value.Count, System.Text.RegularExpressions.Regex.Matches(html, "<tr [^>]*data-fingerprint=").Count);
            // The matrix has a row for every service audited, drawn from the summary line where there is no finding: the contract's overrides included.
            Assert.Equal(SampleSummaries.Value.Count, System.Text.RegularExpressions.Regex.Matches(html, "<tr data-service=").Count);
            var overridden = SampleSummaries.Value.First(s => s.Findings == 0 && !string.IsNullOrEmpty(s.ContractOverrides));
            var (layer, owner) = (overridden.ContractOverrides!.Split('=')[0], overridden.ContractOverrides.Split('=')[1].Split(':')[0]);
            Assert.Matches($"<tr data-service=\"{System.Text.RegularExpressions.Regex.Escape(System.Net.WebUtility.HtmlEncode(overridden.ServiceName))}\">.*?<td class=\"owner-{owner} overridden\" data-layer=\"{layer}\"", html);
        }

        [Fact]
        public void Markdown_OfTheSummaryLinesAlone_SaysTheirFindingsWereNotGiven_RatherThanLookClean()
        {
            using var directory = new TempDirectory();
            var markdown = File.ReadAllText(Write(directory, ReportFormat.Markdown, "lines.md", findings: Array.Empty<Finding>(), summaries: SampleSummaries.Value));
            var withFindings = SampleSummaries.Value.Count(s => s.Findings > 0);
            Assert.Contains($"The summary lines of {withFindings} service(s) count findings that were not given to this report", markdown);
            var complete = File.ReadAllText(Write(directory, ReportFormat.Markdown, "complete.md", summaries: SampleSummaries.Value));
            Assert.DoesNotContain("were not given", complete);
        }

        [Fact]
        public void JUnit_WithTheSummaryLines_HasAPassingSuiteForEachServiceWithoutFindings_WhateverTheOrder()
        {
            using var directory = new TempDirectory();
            var path = Write(directory, ReportFormat.JUnit, "audit.xml", FindingSeverity.High, summaries: SampleSummaries.Value);
            var xml = XDocument.Load(path);
            var suites = xml.Root!.Elements("testsuite").ToList();
            foreach (var clean in SampleSummaries.Value.Where(s => s.Findings == 0))
            {
                var suite = suites.Single(s => (string?)s.Attribute("name") == clean.ServiceName);
                Assert.Equal(clean.EvaluatedRules.Split("; "), suite.Elements("testcase").Select(c => ((string)c.Attribute("name")!).Split(' ')[0]));
                Assert.All(suite.Elements("testcase"), c => Assert.False(c.HasElements));
                Assert.Equal("0", (string?)suite.Attribute("failures"));
            }
            var withFindings = SampleFindings.Value.Select(f => f.ServiceName).Distinct(StringComparer.Ordinal).Count();
            Assert.Equal(withFindings + SampleSummaries.Value.Count(s => s.Findings == 0), suites.Count);
            Assert.Equal(suites.Sum(s => s.Elements("testcase").Count()).ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)xml.Root.Attribute("tests"));
            var summariesFirst = Write(directory, ReportFormat.JUnit, "first.xml", FindingSeverity.High, summaries: SampleSummaries.Value, summariesFirst: true);
            Assert.Equal(File.ReadAllText(path), File.ReadAllText(summariesFirst));
        }

        [Fact]
        public void FindingsFormats_RefuseASummaryLineWithoutItsService()
        {
            using var directory = new TempDirectory();
            var path = Path.Combine(directory.Path, "audit.md");
            using var session = ReportSession.Open(path, ReportFormat.Markdown, ReportOptions.Default);
            session.Add(new[] { "ServiceName", "Findings", "Open" }, new object?[] { "", 0, 0 });
            var problem = Assert.Throws<NotAFindingException>(() => session.Commit());
            Assert.Equal((1L, "ServiceName"), (problem.Row, problem.Column));
        }

        [Fact]
        public void Markdown_InJapanese_NamesTheOwnersSeveritiesAndStatusesInJapanese()
        {
            using var directory = new TempDirectory();
            var markdown = File.ReadAllText(Write(directory, ReportFormat.Markdown, "audit.md", findings: AuditSample(Language.Ja)));
            Assert.Contains("| 利用者 |", markdown);
            Assert.DoesNotContain("| Customer |", markdown);
            Assert.Contains("| 高 | 新規 |", markdown);
            Assert.DoesNotContain("| High |", markdown);
            Assert.DoesNotContain("| New |", markdown);
            Assert.Matches(@"\| 高（\d+）", markdown);
        }

        [Fact]
        public void HtmlAndMarkdown_CiteEachFindingsSource()
        {
            using var directory = new TempDirectory();
            var html = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Write(directory, ReportFormat.Html, "audit.html")));
            var markdown = File.ReadAllText(Write(directory, ReportFormat.Markdown, "audit.md"));
            Assert.Contains("<th data-key=\"source\" data-type=\"text\" tabindex=\"0\">Source</th>", html);
            foreach (var finding in SampleFindings.Value.Where(f => !string.IsNullOrEmpty(f.Source)).GroupBy(f => f.RuleId).Select(g => g.First()))
            {
                Assert.Contains($"<td>{finding.Source}</td></tr>", html);
                Assert.Matches($@"\| {System.Text.RegularExpressions.Regex.Escape(finding.RuleId)} \|.*\| {System.Text.RegularExpressions.Regex.Escape(finding.Source!.Replace("_", "\\_"))} \|", markdown);
            }
        }

        [Fact]
        public void Html_DrawsEachServicesMatrixAfterTheContractOverrides_OverriddenCellsWithTheirClause()
        {
            using var directory = new TempDirectory();
            var html = File.ReadAllText(Write(directory, ReportFormat.Html, "audit.html"));
            var folder = Path.Combine(RepositoryPaths.Root, "module", "samples", "organisation");
            var catalog = CloudCatalog.Default.In(Language.En);
            var resolver = new MatrixResolver(catalog, ContractOverrideFile.Read(Path.Combine(folder, "contract-overrides.csv")).Overrides);
            var audited = SampleFindings.Value.Where(f => f.ServiceModel is not null).Select(f => f.ServiceName).ToHashSet();
            var rows = System.Text.RegularExpressions.Regex.Matches(html, "<tr data-service=\"([^\"]*)\">(.*?)</tr>").Cast<System.Text.RegularExpressions.Match>()
                .ToDictionary(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value), m => m.Groups[2].Value);
            Assert.Equal(audited.OrderBy(n => n, StringComparer.Ordinal), rows.Keys.OrderBy(n => n, StringComparer.Ordinal));
            var overridden = 0;
            using var reader = InventoryReader.Open(Path.Combine(folder, "inventory.csv"));
            while (reader.Read())
            {
                if (reader.Current!.Service is not { } service || !rows.TryGetValue(service.ServiceName, out var row)) continue;
                var cells = System.Text.RegularExpressions.Regex.Matches(row, "<td class=\"owner-[A-Za-z]+( overridden)?\" data-layer=\"([A-Za-z]+)\" data-owner=\"([A-Za-z]+)\"(?: data-general-owner=\"[A-Za-z]+\" data-clause=\"([^\"]*)\")?")
                    .Cast<System.Text.RegularExpressions.Match>().Select(m => (Layer: m.Groups[2].Value, Owner: m.Groups[3].Value, Overridden: m.Groups[1].Success, Clause: System.Net.WebUtility.HtmlDecode(m.Groups[4].Value))).ToList();
                var expected = resolver.Resolve(service).OrderBy(r => r.LayerOrder).Select(r => (Layer: r.Layer.ToString(), Owner: r.Owner.ToString(), Overridden: r.IsOverridden, Clause: r.Clause ?? string.Empty)).ToList();
                Assert.Equal(9, cells.Count);
                Assert.Equal(expected, cells);
                overridden += cells.Count(c => c.Overridden);
            }
            Assert.True(overridden > 0, "the sample's override file overrides cells of audited services");
            Assert.Contains("set by the contract: MSA §4.2: the customer administers all user accounts", System.Net.WebUtility.HtmlDecode(html));
            // The findings table stays, a row per finding.
            Assert.Equal(SampleFindings.Value.Count, System.Text.RegularExpressions.Regex.Matches(html, "<tr [^>]*data-fingerprint=").Count);
        }

        [Fact]
        public void FindingsFormats_RefuseRowsThatAreNoFindings_AndLeaveNoFile()
        {
            using var directory = new TempDirectory();
            var path = Path.Combine(directory.Path, "not.md");
            using (var session = ReportSession.Open(path, ReportFormat.Markdown, ReportOptions.Default))
            {
                session.Add(new[] { "Name" }, new object?[] { "x" });
                var problem = Assert.Throws<NotAFindingException>(() => session.Commit());
                Assert.Equal((1L, "ServiceName", (string?)null), (problem.Row, problem.Column, problem.Value));
                Assert.Equal(new[] { "ServiceName", "RuleId", "Severity", "Fingerprint" }, problem.Expected);
            }
            Assert.False(File.Exists(path));
        }

        [Theory]
        [InlineData("Severity", "Huge", "Critical")]
        [InlineData("Status", "Open", "Suppressed")]
        public void FindingsFormats_NameTheRowAndTheValueThatIsNoFinding(string column, string value, string oneExpected)
        {
            using var directory = new TempDirectory();
            var path = Path.Combine(directory.Path, "bad.sarif");
            var columns = new[] { "ServiceName", "RuleId", "Severity", "Status", "Fingerprint" };
            using var session = ReportSession.Open(path, ReportFormat.Sarif, ReportOptions.Default);
            session.Add(columns, new object?[] { "kintone", "LEG-01", "High", "New", "0123" });
            var bad = new object?[] { "kintone", "LEG-02", "High", "New", "4567" };
            bad[Array.IndexOf(columns, column)] = value;
            session.Add(columns, bad);
            var problem = Assert.Throws<NotAFindingException>(() => session.Commit());
            Assert.Equal((2L, column, value), (problem.Row, problem.Column, problem.Value));
            Assert.Contains(oneExpected, problem.Expected);
            Assert.False(File.Exists(path));
        }
    }
}

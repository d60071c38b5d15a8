using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CloudResponsibility.Audit;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;
using CloudResponsibility.Output;
using Xunit;

namespace CloudResponsibility.Tests.Audit
{
    /// <summary>
    /// What to do about a finding (Finding.Action): every rule of audit-rules.csv says it in both
    /// languages, the validator rejects a file that does not, and each finding carries it filled in
    /// for its service and line, in the language of its title — a baseline's too.
    /// </summary>
    public sealed class FindingActionTests
    {
        private static readonly DateTime AsOf = new DateTime(2026, 12, 1);
        private static readonly CatalogView English = CloudCatalog.Default.In(Language.En);

        /// <summary>Data in the US and Ireland, a US vendor, medical, EU and export-controlled data: every legal point.</summary>
        private static readonly CloudService Everything = new CloudService("Azure Virtual Machines", ServiceModel.IaaS, "Vendor", DeploymentModel.Public,
            new ValueList<string>(new[] { "JP", "US", "IE" }), true, true, true, true, "US", "IT");

        private static List<Finding> Audit(CloudService service, Language language, Baseline? baseline = null) =>
            new AuditEngine(CloudCatalog.Default.In(language), AuditRuleCatalog.Default,
                AuditOptions.Default with { AsOf = AsOf, ExpectQuestionnaires = false, Language = language }, baseline: baseline)
                .Audit(service, "inventory.csv", 2).ToList();

        [Theory]
        [InlineData(Language.En)]
        [InlineData(Language.Ja)]
        public void Rules_EachSaysWhatToDo_InItsLanguagesProse_CitingNoSourceSection(Language language)
        {
            foreach (var rule in AuditRuleCatalog.Default.In(language))
            {
                Assert.False(string.IsNullOrWhiteSpace(rule.ActionTemplate), $"{rule.Id} has no action.");
                // The rationale cites; the SARIF rule's help gives both and must cite each source once.
                Assert.DoesNotContain("CSO §", rule.ActionTemplate, StringComparison.Ordinal);
                Assert.DoesNotContain("MIC-GL3", rule.ActionTemplate, StringComparison.Ordinal);
                if (language == Language.En)
                {
                    // "Azure Virtual Machines's vendor": a name may end in s, or be Japanese.
                    Assert.DoesNotContain("}'s", rule.ActionTemplate, StringComparison.Ordinal);
                    continue;
                }
                Assert.False(Regex.IsMatch(rule.ActionTemplate, @"\S: "), $"{rule.Id}: '{rule.ActionTemplate}' has a half-width colon.");
                Assert.False(Regex.IsMatch(rule.ActionTemplate, @"[()]"), $"{rule.Id}: '{rule.ActionTemplate}' has half-width parentheses.");
                Assert.EndsWith("。", rule.ActionTemplate, StringComparison.Ordinal);
            }
        }

        /// <summary>An instruction is the action's, not the detail's: the two legal rules whose detail gave one no longer do.</summary>
        [Fact]
        public void Rules_Details_LeaveTheInstructionToTheAction()
        {
            var rules = AuditRuleCatalog.Default;
            Assert.DoesNotContain("Check with the export-control function", rules.Find("LEG-02", Language.En)!.DetailTemplate, StringComparison.Ordinal);
            Assert.DoesNotContain("輸出管理部門に確認すること", rules.Find("LEG-02", Language.Ja)!.DetailTemplate, StringComparison.Ordinal);
            Assert.DoesNotContain("Check that its transfers meet the GDPR", rules.Find("LEG-04", Language.En)!.DetailTemplate, StringComparison.Ordinal);
            Assert.DoesNotContain("移転規制への適合を確認すること", rules.Find("LEG-04", Language.Ja)!.DetailTemplate, StringComparison.Ordinal);
            Assert.Contains("export-control function", rules.Find("LEG-02", Language.En)!.ActionTemplate, StringComparison.Ordinal);
            Assert.Contains("輸出管理部門", rules.Find("LEG-02", Language.Ja)!.ActionTemplate, StringComparison.Ordinal);
            Assert.Contains("GDPR", rules.Find("LEG-04", Language.En)!.ActionTemplate, StringComparison.Ordinal);
            Assert.Contains("GDPR", rules.Find("LEG-04", Language.Ja)!.ActionTemplate, StringComparison.Ordinal);
        }

        [Fact]
        public void Validate_AFileWithoutTheActionColumns_IsRejectedNamingThem()
        {
            var problems = AuditRuleCatalog.Validate(Table(drop: new[] { "ActionJa", "ActionEn" }), English);
            var problem = Assert.Single(problems);
            Assert.StartsWith("audit-rules.csv: the header must be Id,Category,Severity,TitleJa,TitleEn,DetailJa,DetailEn,ActionJa,ActionEn,", problem, StringComparison.Ordinal);
            Assert.EndsWith("; it lacks ActionJa, ActionEn.", problem, StringComparison.Ordinal);
            var thrown = Assert.Throws<CatalogValidationException>(() => AuditRuleCatalog.Load(Table(drop: new[] { "ActionEn" }), English));
            Assert.Contains("it lacks ActionEn.", thrown.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Validate_AnEmptyAction_InEitherLanguage_IsRejectedNamingTheRowAndColumn()
        {
            var table = Table(edit: (id, column, text) => (id, column) switch
            {
                ("VND-01", "ActionEn") => string.Empty,
                ("LEG-02", "ActionJa") => "   ",
                _ => text,
            });
            var problems = AuditRuleCatalog.Validate(table, English);
            var row = RowOf("VND-01");
            Assert.Contains($"audit-rules.csv row {row}, column ActionEn: empty. Every rule says what to do about its findings, in Japanese and English.", problems);
            Assert.Contains($"audit-rules.csv row {RowOf("LEG-02")}, column ActionJa: empty. Every rule says what to do about its findings, in Japanese and English.", problems);
            Assert.Equal(2, problems.Count);
        }

        [Fact]
        public void Validate_AnActionInEnglishOnly_OrWithAPlaceholderItsDetailLacks_IsRejected()
        {
            var table = Table(edit: (id, column, text) => (id, column) switch
            {
                ("OWN-01", "ActionJa") => "Name the owner.",
                // QST-02's detail gives the date and the age limit; LEG-01's gives no date, so the audit would leave it empty.
                ("LEG-01", "ActionEn") => text + " Answer by {Date}.",
                _ => text,
            });
            var problems = AuditRuleCatalog.Validate(table, English);
            Assert.Contains($"audit-rules.csv row {RowOf("OWN-01")}, column ActionJa: no Japanese text.", problems);
            Assert.Contains($"audit-rules.csv row {RowOf("LEG-01")}, column ActionEn: {{Date}} is not in the rule's DetailEn, so the audit may leave it empty.", problems);
            Assert.Equal(2, problems.Count);
        }

        [Theory]
        [InlineData(Language.En, "Confirm with the vendor of Azure Virtual Machines who can access the data from outside Japan", "Check that every transfer of the EU personal data Azure Virtual Machines holds has a basis under the GDPR")]
        [InlineData(Language.Ja, "Azure Virtual Machines の事業者に、運用担当者やサポート要員を含め、日本国外からデータにアクセスし得る者を確認すること。", "Azure Virtual Machines が扱う EU 域内の個人データの移転のそれぞれに GDPR 上の根拠があるかを確認すること。")]
        public void Finding_Action_IsTheRulesActionFilledIn_InTheFindingsLanguage(Language language, string exportControl, string euTransfers)
        {
            var findings = Audit(Everything, language);
            Assert.StartsWith(exportControl, findings.Single(f => f.RuleId == "LEG-02").Action, StringComparison.Ordinal);
            Assert.StartsWith(euTransfers, findings.Single(f => f.RuleId == "LEG-04").Action, StringComparison.Ordinal);
            // The value that triggered the point is in the action as in the detail.
            var abroad = findings.Single(f => f.RuleId == "LEG-01");
            Assert.Contains(language == Language.En ? "(DataLocation includes US and IE)" : "（DataLocation に US・IE を含む）", abroad.Action, StringComparison.Ordinal);
            Assert.All(findings, f => Assert.Equal(language, f.Language));
        }

        [Theory]
        [InlineData(Language.En)]
        [InlineData(Language.Ja)]
        public void Finding_Action_OfEveryFindingOfTheSampleAudit_IsFilledIn(Language language)
        {
            var findings = FindingsReportTests.AuditSample(language);
            // The sample plants a finding of most rules (not a CAIQ's, a withheld line's, an unreadable row's, an unreadable date's or a blank location's).
            Assert.Subset(findings.Select(f => f.RuleId).ToHashSet(), AuditRuleCatalog.Default.In(language).Select(r => r.Id).Where(id => id is not ("VND-09" or "VND-10" or "OWN-02" or "INV-01" or "INV-02")).ToHashSet());
            foreach (var finding in findings)
            {
                Assert.False(string.IsNullOrWhiteSpace(finding.Action), $"{finding.ServiceName}/{finding.RuleId} has no action.");
                Assert.DoesNotMatch(@"\{(Service|Subject|Value|Message|Date|Days|Layers|Folder)\}", finding.Action);
                Assert.Contains(finding.ServiceName, finding.Action, StringComparison.Ordinal);
            }
            var expired = findings.First(f => f.RuleId == "VND-04");
            Assert.Contains(expired.Evidence!.Substring("ValidUntil=".Length), expired.Action, StringComparison.Ordinal);
            Assert.Contains(expired.Subject, expired.Action, StringComparison.Ordinal);
        }

        /// <summary>A finding the run did not see again is the baseline's, its action included: the next step for an Unverified one, what was done for a Resolved one.</summary>
        [Fact]
        public void Finding_Action_OfAFindingCarriedFromTheBaseline_IsTheBaselines()
        {
            using var directory = new TempDirectory();
            var path = Path.Combine(directory.Path, "last.csv");
            var last = Audit(Everything, Language.En);
            using (var session = ReportSession.Open(path, ReportFormat.Csv, ReportOptions.Default))
            {
                foreach (var finding in last) session.Add(finding, ReportColumns.Of(typeof(Finding))!);
                session.Commit();
            }
            var (baseline, errors) = Baseline.Read(path);
            Assert.Empty(errors);
            Assert.Equal(last.Select(f => f.Action), baseline.Findings.Select(f => f.Action));
            var engine = new AuditEngine(English, AuditRuleCatalog.Default, AuditOptions.Default with { AsOf = AsOf, ExpectQuestionnaires = false }, baseline: baseline);
            // The service moved home and stopped holding special data: every legal point is resolved.
            Assert.Empty(engine.Audit(new CloudService("Azure Virtual Machines", ServiceModel.IaaS, "Vendor", DeploymentModel.Public, new ValueList<string>(new[] { "JP" }), true, false, false, false, "JP", "IT"), "inventory.csv", 2));
            var resolved = engine.Complete().ToList();
            Assert.All(resolved, f => Assert.Equal(FindingStatus.Resolved, f.Status));
            Assert.Equal(last.Select(f => f.Action), resolved.Select(f => f.Action));
        }

        /// <summary>The shipped file as a table, with columns dropped or cells edited (by rule ID and column).</summary>
        private static CatalogTable Table(string[]? drop = null, Func<string, string, string, string>? edit = null)
        {
            var shipped = AuditRuleCatalog.ReadEmbedded();
            var columns = shipped.Columns.Where(c => drop is null || !drop.Contains(c)).ToList();
            var lines = new List<string> { string.Join(",", columns) };
            lines.AddRange(shipped.Records.Select(r => string.Join(",", columns.Select(c => Quote(edit is null ? r[c] : edit(r["Id"], c, r[c]))))));
            return CatalogTable.Parse(AuditRuleCatalog.FileName, string.Join("\n", lines));
        }

        private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"") + "\"";

        /// <summary>A rule's row in the file, as the validator's messages number it (the header is row 1).</summary>
        private static int RowOf(string id) => AuditRuleCatalog.ReadEmbedded().Records.Select(r => r["Id"]).ToList().IndexOf(id) + 2;
    }
}

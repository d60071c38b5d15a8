using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CloudResponsibility.Audit;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;
using CloudResponsibility.Output;
using Xunit;

namespace CloudResponsibility.Tests.Audit
{
    /// <summary>
    /// The rules the audit evaluated for a service, as its findings name them, and the JUnit
    /// report's cases drawn from them: failing, skipped (suppressed), below the threshold with the
    /// detail in system-out, and passing.
    /// </summary>
    public sealed class EvaluatedRulesTests
    {
        private static readonly CatalogView English = CloudCatalog.Default.In(Language.En);
        private static readonly DateTime AsOf = new DateTime(2026, 12, 1);
        private static readonly AuditOptions Options = AuditOptions.Default with { AsOf = AsOf, ExpectQuestionnaires = true, MaxAge = TimeSpan.FromDays(365) };

        /// <summary>A service abroad (LEG-01 and LEG-03, Medium), so that it always has findings to name the rules.</summary>
        private static CloudService Service(string name = "Mail") =>
            new CloudService(name, ServiceModel.SaaS, "Vendor", DeploymentModel.Public, new ValueList<string>(new[] { "US" }), true, false, false, false, "US", "IT");

        private static QuestionnaireSet Questionnaire(TempDirectory directory, string service, string noTo)
        {
            var lines = new List<string> { "ServiceName,ServiceModel,ItemId,Answer,Evidence,ValidUntil,AnsweredOn" };
            foreach (var item in English.Questionnaire.For(ServiceModel.SaaS))
                lines.Add($"{service},SaaS,{item.Id},{(item.Id == noTo ? "No" : "Yes")},{(item.RequiresEvidence ? "report" : string.Empty)},{(item.RequiresEvidence ? "2027-12-31" : string.Empty)},2026-10-01");
            var path = Path.Combine(directory.Path, service + ".csv");
            File.WriteAllLines(path, lines);
            var set = new QuestionnaireSet();
            Assert.True(set.Add(path, e => throw new InvalidOperationException(e.Message), out _, out _));
            return set;
        }

        private static string[] Evaluated(IReadOnlyList<Finding> findings)
        {
            Assert.NotEmpty(findings);
            var named = findings.Select(f => f.EvaluatedRules).Distinct().ToList();
            return Assert.Single(named)!.Split(new[] { "; " }, StringSplitOptions.None);
        }

        [Fact]
        public void EvaluatedRules_LegalAndOwnershipAlways_QuestionnaireRulesWhereOneIsAskedFor_VendorAndThreatRulesWhereOneIsFound()
        {
            using var directory = new TempDirectory();
            var none = Evaluated(new AuditEngine(English, AuditRuleCatalog.Default, Options with { ExpectQuestionnaires = false }).Audit(Service()));
            Assert.Equal(new[] { "LEG-01", "LEG-02", "LEG-03", "LEG-04", "LEG-05", "OWN-01" }, none.Where(id => id.StartsWith("LEG-", StringComparison.Ordinal) || id == "OWN-01"));
            Assert.DoesNotContain(none, id => id.StartsWith("QST-", StringComparison.Ordinal) || id.StartsWith("VND-", StringComparison.Ordinal) || id.StartsWith("THR-", StringComparison.Ordinal));

            var missing = Evaluated(new AuditEngine(English, AuditRuleCatalog.Default, Options, new QuestionnaireSet()).Audit(Service()));
            Assert.Contains("QST-01", missing);
            Assert.DoesNotContain(missing, id => id == "QST-02" || id.StartsWith("VND-", StringComparison.Ordinal) || id.StartsWith("THR-", StringComparison.Ordinal));

            var found = Evaluated(new AuditEngine(English, AuditRuleCatalog.Default, Options, Questionnaire(directory, "Mail", "none")).Audit(Service()));
            Assert.Superset(new HashSet<string> { "QST-01", "QST-02", "VND-01", "VND-02", "VND-03", "VND-04", "VND-05", "VND-06", "THR-01", "OWN-01", "LEG-05" }, found.ToHashSet());
            Assert.DoesNotContain("QST-03", found);
            Assert.Equal(AuditRuleCatalog.Default.In(Language.En).Select(r => r.Id).Where(found.Contains), found);

            var noAgeLimit = Evaluated(new AuditEngine(English, AuditRuleCatalog.Default, Options with { MaxAge = null }, Questionnaire(directory, "Mail", "none")).Audit(Service()));
            Assert.Equal(found.Where(id => id != "QST-02"), noAgeLimit);

            var unreadable = new AuditEngine(English, AuditRuleCatalog.Default, Options, new QuestionnaireSet()).Unreadable("/q/broken.csv", "not a CSV");
            Assert.Equal("QST-03", unreadable.EvaluatedRules);
        }

        [Fact]
        public void JUnit_ACasePerEvaluatedRule_FailingSkippedBelowThresholdAndPassing()
        {
            using var directory = new TempDirectory();
            var suppressions = directory.Write("suppressions.csv", "ServiceName,RuleId,Justification,Expires,Approver\nMail,LEG-03,Accepted by legal,2027-12-31,CISO\n");
            var item = English.Questionnaire.For(ServiceModel.SaaS).First(i => !i.RequiresEvidence);
            var engine = new AuditEngine(English, AuditRuleCatalog.Default, Options, Questionnaire(directory, "Mail", item.Id), null,
                SuppressionSet.Read(suppressions, AsOf).Suppressions);
            var findings = engine.Audit(Service()).ToList();
            var path = Path.Combine(directory.Path, "audit.xml");
            using (var session = ReportSession.Open(path, ReportFormat.JUnit, ReportOptions.Default with { FailOn = FindingSeverity.High }))
            {
                foreach (var finding in findings) session.Add(finding, ReportColumns.Of(typeof(Finding))!);
                session.Commit();
            }

            var cases = XDocument.Load(path).Descendants("testcase").ToDictionary(c => c.Attribute("name")!.Value.Split(' ')[0]);
            Assert.Equal(Evaluated(findings), cases.Keys);
            Assert.NotNull(cases["VND-01"].Element("failure"));
            Assert.Contains(item.Id, cases["VND-01"].Element("failure")!.Value);
            var suppressed = cases["LEG-03"];
            Assert.Null(suppressed.Element("failure"));
            Assert.Contains("Accepted by legal", suppressed.Element("skipped")!.Attribute("message")!.Value);
            var below = cases["LEG-01"];
            Assert.Null(below.Element("failure"));
            Assert.Null(below.Element("skipped"));
            Assert.Contains(findings.Single(f => f.RuleId == "LEG-01").Detail, below.Element("system-out")!.Value);
            Assert.False(cases["LEG-05"].HasElements);
            Assert.False(cases["QST-01"].HasElements);
        }

        [Fact]
        public void JUnit_AFindingsCsvWithoutEvaluatedRules_EveryRuleOfTheCatalogPerService()
        {
            using var directory = new TempDirectory();
            var path = Path.Combine(directory.Path, "old.xml");
            using (var session = ReportSession.Open(path, ReportFormat.JUnit, ReportOptions.Default))
            {
                var names = new[] { "ServiceName", "RuleId", "Severity", "Status", "Fingerprint" };
                session.Add(names, new object?[] { "Mail", "LEG-01", "Medium", "New", "0123" });
                session.Add(names, new object?[] { "Files", "QST-01", "High", "New", "4567" });
                session.Commit();
            }
            var suites = XDocument.Load(path).Descendants("testsuite").ToList();
            Assert.Equal(2, suites.Count);
            Assert.All(suites, s => Assert.Equal(AuditRuleCatalog.Default.In(Language.En).Count, s.Elements("testcase").Count()));
        }
    }
}

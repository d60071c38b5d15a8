using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
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
    /// The legal findings (LEG-nn) as an auditor reads them: the law as it stands today before the
    /// source's words of 2011, and every country that triggered the point, in every report format.
    /// </summary>
    public sealed class LegalFindingTests
    {
        private static readonly DateTime AsOf = new DateTime(2026, 12, 1);

        /// <summary>A service that triggers all five points: data in the US and Ireland, a US vendor, medical, EU and export-controlled data.</summary>
        private static readonly CloudService Everything = new CloudService("Azure Virtual Machines", ServiceModel.IaaS, "Vendor", DeploymentModel.Public,
            new ValueList<string>(new[] { "JP", "US", "IE" }), true, true, true, true, "US", "IT");

        private static List<Finding> Audit(CloudService service, Language language) =>
            new AuditEngine(CloudCatalog.Default.In(language), AuditRuleCatalog.Default,
                AuditOptions.Default with { AsOf = AsOf, ExpectQuestionnaires = false, Language = language })
                .Audit(service, "inventory.csv", 2).Where(f => f.RuleId.StartsWith("LEG-", StringComparison.Ordinal)).ToList();

        [Theory]
        [InlineData(Language.En)]
        [InlineData(Language.Ja)]
        public void Detail_GivesTheLawAsItStands_BeforeWhatTheSourceSaid(Language language)
        {
            var findings = Audit(Everything, language);
            Assert.Equal(new[] { "LEG-01", "LEG-02", "LEG-03", "LEG-04", "LEG-05" }, findings.Select(f => f.RuleId));
            foreach (var finding in findings)
            {
                var point = CloudCatalog.Default.In(language).LegalConsiderations.Single(p => p.Id == finding.RuleId);
                var law = finding.Detail.IndexOf(point.CurrentLaw, StringComparison.Ordinal);
                var source = finding.Detail.IndexOf(point.Description, StringComparison.Ordinal);
                Assert.True(law > 0, $"{finding.RuleId} does not give the current law: {finding.Detail}");
                Assert.True(source > law, $"{finding.RuleId} gives the source's words before the current law: {finding.Detail}");
            }
        }

        [Fact]
        public void Detail_OfLeg03_SaysTheCloudActAppliesAndThePatriotActProvisionLapsed()
        {
            var detail = Audit(new CloudService("ServiceNow ITSM", ServiceModel.SaaS, dataLocation: new ValueList<string>(new[] { "JP" }), vendorCountry: "US"), Language.En)
                .Single().Detail;
            Assert.StartsWith("The data of ServiceNow ITSM may be requested by US authorities (VendorCountry is US). The law today: Section 215 of the PATRIOT Act", detail);
            Assert.Contains("CLOUD Act", detail);
            Assert.Contains("Historical basis in the source (CSO §5, US PATRIOT Act): US authorities such as the FBI", detail);
        }

        [Fact]
        public void Detail_OfLeg04_SaysTransfersUnderSafeguardsAreAllowed()
        {
            var finding = Audit(new CloudService("Workday HCM", ServiceModel.SaaS, dataLocation: new ValueList<string>(new[] { "JP" }), euPersonalData: true), Language.En).Single();
            Assert.Equal("LEG-04", finding.RuleId);
            Assert.Contains("General Data Protection Regulation", finding.Detail);
            Assert.Contains("standard contractual clauses", finding.Detail);
            Assert.DoesNotContain("forbid", AuditRuleCatalog.Default.Find("LEG-04", Language.En)!.Rationale, StringComparison.OrdinalIgnoreCase);
        }

        [Theory]
        [InlineData(Language.En, "Workday HCM stores data abroad (DataLocation includes US and IE), under the law of each country it is stored in.")]
        [InlineData(Language.Ja, "Workday HCM のデータは国外に保管され、保管先の国の法制度の対象となる（DataLocation に US・IE を含む）。")]
        public void Leg01_DataInSeveralCountriesAbroad_NamesEachInTheDetailAndTheEvidence(Language language, string expected)
        {
            var finding = Audit(new CloudService("Workday HCM", ServiceModel.SaaS, dataLocation: new ValueList<string>(new[] { "JP", "US", "IE" })), language)
                .Single(f => f.RuleId == "LEG-01");
            Assert.StartsWith(expected, finding.Detail);
            Assert.Equal("DataLocation=US;IE", finding.Evidence);
        }

        [Fact]
        public void Leg02_InJapanese_ReadsAsASentence_WithEachFieldAndValue()
        {
            var finding = Audit(Everything, Language.Ja).Single(f => f.RuleId == "LEG-02");
            Assert.StartsWith("Azure Virtual Machines は輸出管理対象の技術情報を扱い、日本国外の保管場所または事業者と関わる（ExportControlled が true、DataLocation に US・IE を含む、VendorCountry が US）。", finding.Detail);
            Assert.Equal("ExportControlled=true & DataLocation=US;IE & VendorCountry=US", finding.Evidence);
        }

        [Fact]
        public void EnglishDetails_PutNoPossessiveOnTheServiceName()
        {
            // "Azure Virtual Machines's data": a name may end in s, or be Japanese.
            foreach (var rule in AuditRuleCatalog.Default.In(Language.En))
                Assert.DoesNotContain("{Service}'s", rule.DetailTemplate, StringComparison.Ordinal);
            Assert.DoesNotContain("'s", Audit(Everything, Language.En).Single(f => f.RuleId == "LEG-03").Detail.Split('.')[0], StringComparison.Ordinal);
        }

        /// <summary>The SARIF rule's help is the rationale alone, so each rationale must cite the sources itself.</summary>
        [Fact]
        public void Rationales_CiteTheirFirstSourceThemselves()
        {
            foreach (var language in new[] { Language.En, Language.Ja })
                foreach (var rule in AuditRuleCatalog.Default.In(language))
                    Assert.Contains(rule.Source.Split(';')[0].Trim(), rule.Rationale, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(FindingsReportTests.EveryFormat), MemberType = typeof(FindingsReportTests))]
        public void EveryFormat_CarriesTheCurrentLawOfEachLegalFinding(ReportFormat format, string name)
        {
            using var directory = new TempDirectory();
            var path = Path.Combine(directory.Path, name);
            using (var session = ReportSession.Open(path, format, ReportOptions.Default))
            {
                foreach (var finding in Audit(Everything, Language.En)) session.Add(finding, ReportColumns.Of(typeof(Finding))!);
                session.Commit();
            }
            var text = format == ReportFormat.Xlsx ? SheetText(path) : File.ReadAllText(path);
            foreach (var point in CloudCatalog.Default.In(Language.En).LegalConsiderations)
                Assert.Contains(point.CurrentLaw.Substring(0, 40), text, StringComparison.Ordinal);
        }

        [Fact]
        public void SarifRuleHelp_CitesTheSourceOnce()
        {
            using var directory = new TempDirectory();
            var path = Path.Combine(directory.Path, "audit.sarif");
            using (var session = ReportSession.Open(path, ReportFormat.Sarif, ReportOptions.Default))
            {
                foreach (var finding in Audit(Everything, Language.En)) session.Add(finding, ReportColumns.Of(typeof(Finding))!);
                session.Commit();
            }
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
            var rules = document.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray();
            foreach (var rule in rules)
            {
                var id = rule.GetProperty("id").GetString()!;
                var help = rule.GetProperty("help");
                foreach (var text in new[] { help.GetProperty("text").GetString()!, help.GetProperty("markdown").GetString()! })
                    Assert.Single(Regex.Matches(text, Regex.Escape(AuditRuleCatalog.Default.Find(id, Language.En)!.Source.Split(';')[0].Trim())).Cast<Match>());
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

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CloudResponsibility.Audit;
using CloudResponsibility.Catalog;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using Xunit;

namespace CloudResponsibility.Tests.Audit
{
    /// <summary>Each rule of the audit on services built here, the statuses against a baseline, and suppressions.</summary>
    public sealed class AuditEngineTests
    {
        private static readonly CatalogView English = CloudCatalog.Default.In(Language.En);
        private static readonly DateTime AsOf = new DateTime(2026, 12, 1);
        private static readonly AuditOptions Options = AuditOptions.Default with { AsOf = AsOf, ExpectQuestionnaires = true, MaxAge = TimeSpan.FromDays(365) };

        private static CloudService Service(string name = "Mail", ServiceModel model = ServiceModel.SaaS, string location = "JP", string vendorCountry = "JP",
            bool medical = false, bool eu = false, bool export = false, string? owner = "IT") =>
            new CloudService(name, model, "Vendor", DeploymentModel.Public, new ValueList<string>(location.Split(';')), true, eu, medical, export, vendorCountry, owner);

        private static AuditEngine Engine(QuestionnaireSet? questionnaires = null, SuppressionSet? suppressions = null, Baseline? baseline = null, AuditOptions? options = null) =>
            new AuditEngine(English, AuditRuleCatalog.Default, options ?? Options, questionnaires, null, suppressions, baseline);

        /// <summary>A questionnaire file for one service: every line Yes (with evidence where asked), then the changes given.</summary>
        private static QuestionnaireSet Questionnaire(TempDirectory directory, string service, ServiceModel model, string answeredOn, params (string Item, string? Answer, string Evidence, string ValidUntil)[] changes)
        {
            var path = Path.Combine(directory.Path, service + ".csv");
            var lines = new List<string> { "ServiceName,ServiceModel,ItemId,Answer,Evidence,ValidUntil,AnsweredOn" };
            foreach (var item in English.Questionnaire.For(model))
            {
                var change = changes.FirstOrDefault(c => c.Item == item.Id);
                if (change.Item is not null && change.Answer is null) continue;
                var answer = change.Item is null ? "Yes" : change.Answer;
                var evidence = change.Item is null ? (item.RequiresEvidence ? "report" : string.Empty) : change.Evidence;
                var until = change.Item is null ? (item.RequiresEvidence ? "2027-12-31" : string.Empty) : change.ValidUntil;
                lines.Add($"{service},{model},{item.Id},{answer},{evidence},{until},{answeredOn}");
            }
            File.WriteAllLines(path, lines);
            var set = new QuestionnaireSet();
            Assert.True(set.Add(path, e => throw new InvalidOperationException(e.Message), out _, out _));
            return set;
        }

        private static string Keys(IEnumerable<Finding> findings) => string.Join(" ", findings.Select(f => $"{f.RuleId}:{f.Subject}"));

        [Fact]
        public void Audit_ServiceAtHomeWithOwnerAndNoQuestionnairesGiven_FindsNothing()
        {
            var engine = Engine(options: Options with { ExpectQuestionnaires = false });
            Assert.Empty(engine.Audit(Service()));
        }

        [Theory]
        [InlineData("US", "JP", false, false, false, "LEG-01:LEG-01 LEG-03:LEG-03")]
        [InlineData("JP", "US", false, false, false, "LEG-03:LEG-03")]
        [InlineData("DE", "DE", false, true, false, "LEG-01:LEG-01 LEG-04:LEG-04")]
        [InlineData("SG", "JP", true, false, false, "LEG-01:LEG-01 LEG-05:LEG-05")]
        [InlineData("JP", "CN", false, false, true, "LEG-02:LEG-02")]
        public void Audit_LegalPointsTriggered_OneFindingEachWithTheLegalRuleId(string location, string vendorCountry, bool medical, bool eu, bool export, string expected)
        {
            var findings = Engine(options: Options with { ExpectQuestionnaires = false }).Audit(Service(location: location, vendorCountry: vendorCountry, medical: medical, eu: eu, export: export), "inventory.csv", 7);
            Assert.Equal(expected, Keys(findings));
            Assert.All(findings, f => Assert.Equal(("inventory.csv", (long?)7, Owner.Customer), (f.InventoryFile, f.InventoryRow, f.Owner)));
            if (medical) Assert.Equal(FindingSeverity.Critical, findings.Single(f => f.RuleId == "LEG-05").Severity);
        }

        [Fact]
        public void Audit_NoNamedOwner_FindsTheCustomersLayers_ButNotWhenTheInventoryNamesOne()
        {
            var engine = Engine(options: Options with { ExpectQuestionnaires = false });
            var finding = Assert.Single(engine.Audit(Service(model: ServiceModel.IaaS, owner: null)));
            Assert.Equal(("OWN-01", FindingSeverity.Medium), (finding.RuleId, finding.Severity));
            Assert.Contains("Data, AccountsAndAccess, Application, Middleware, GuestOS", finding.Evidence);
            Assert.Empty(engine.Audit(Service(model: ServiceModel.IaaS, owner: "Ops")));
        }

        [Fact]
        public void Audit_NoQuestionnaire_QST01_ButNotOnPremises()
        {
            var engine = Engine(new QuestionnaireSet());
            Assert.Equal("QST-01:Questionnaire", Keys(engine.Audit(Service())));
            Assert.Empty(engine.Audit(Service("Files", ServiceModel.OnPremises)));
        }

        [Fact]
        public void Audit_QuestionnaireOlderThanMaxAge_QST02WithItsDate()
        {
            using var directory = new TempDirectory();
            var engine = Engine(Questionnaire(directory, "Mail", ServiceModel.SaaS, "2025-06-30"));
            var finding = Assert.Single(engine.Audit(Service()));
            Assert.Equal(("QST-02", "AnsweredOn=2025-06-30"), (finding.RuleId, finding.Evidence));
            Assert.Empty(Engine(Questionnaire(directory, "Mail", ServiceModel.SaaS, "2026-01-15")).Audit(Service()));
        }

        [Fact]
        public void Audit_VendorAnswers_EachRuleOnItsLine()
        {
            using var directory = new TempDirectory();
            var set = Questionnaire(directory, "Mail", ServiceModel.SaaS, "2026-10-01",
                ("CHK-TE-05.4", "No", "", ""), ("CHK-TE-06.2", "Partial", "", ""), ("DIS-05.3", "", "", ""), ("CHK-DC-02.3", null, "", ""),
                ("CHK-OP-03.1", "Yes", "cert", "2026-03-31"), ("DIS-02.1", "Yes", "", ""), ("CHK-TE-03.1", "N/A", "", ""), ("CHK-TE-04.1", "N/A", "", ""));
            var findings = Engine(set).Audit(Service()).Where(f => f.RuleId.StartsWith("VND-", StringComparison.Ordinal)).ToList();
            Assert.Equal("VND-03:CHK-DC-02.3 VND-06:CHK-TE-03.1 VND-01:CHK-TE-05.4 VND-02:CHK-TE-06.2 VND-04:CHK-OP-03.1 VND-05:DIS-02.1 VND-03:DIS-05.3",
                Keys(findings.OrderBy(f => English.Questionnaire.Find(f.Subject)!.Order)));
            var no = findings.Single(f => f.RuleId == "VND-01");
            Assert.Equal(("Answer=No", FindingSeverity.High), (no.Evidence, no.Severity));
            Assert.EndsWith("Mail.csv", no.EvidenceFile);
            Assert.Equal("(no row)", findings.Single(f => f.Subject == "CHK-DC-02.3").Evidence);
            Assert.Equal("ValidUntil=2026-03-31", findings.Single(f => f.RuleId == "VND-04").Evidence);
        }

        [Fact]
        public void Audit_AnswersThatLeaveProviderMeasuresUnverified_THR01PerRelevantThreat_NoneWhenAllPass()
        {
            using var directory = new TempDirectory();
            var findings = Engine(Questionnaire(directory, "Mail", ServiceModel.SaaS, "2026-10-01", ("CHK-TE-01.1", "No", "", ""))).Audit(Service());
            var item = English.Questionnaire.Find("CHK-TE-01.1")!;
            var threats = findings.Where(f => f.RuleId == "THR-01").ToList();
            Assert.NotEmpty(threats);
            Assert.All(threats, f => Assert.Contains(f.Subject, item.ThreatIds));
            Assert.All(threats, f => Assert.Equal(Owner.Provider, f.Owner));
            Assert.All(threats, f => Assert.Contains(":Fail", f.Evidence));
            Assert.DoesNotContain(Engine(Questionnaire(directory, "Mail", ServiceModel.SaaS, "2026-10-01")).Audit(Service()), f => f.RuleId == "THR-01");
        }

        [Fact]
        public void Audit_FoundingDateAndSingleTenantAnsweredNo_NoProviderLayerGapAndNoThreat()
        {
            // The auditor's case: every line Yes with evidence except the founding date and the single-tenant option.
            using var directory = new TempDirectory();
            var findings = Engine(Questionnaire(directory, "Mail", ServiceModel.SaaS, "2026-10-01", ("DIS-01.4", "No", "", ""), ("CHK-TE-02.3", "No", "", ""))).Audit(Service());

            var withheld = Assert.Single(findings);
            Assert.Equal(("VND-09", "DIS-01.4", FindingSeverity.Low, Owner.Customer), (withheld.RuleId, withheld.Subject, withheld.Severity, withheld.Owner));
            Assert.Contains("does not fully disclose DIS-01.4 (Founding date)", withheld.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain("Virtualization", withheld.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain("provider to close", withheld.Detail, StringComparison.Ordinal);
        }

        [Fact]
        public void Audit_IsolationAnsweredYes_VerifiesTheAttackFromInsideWhateverTheSingleTenantAnswer()
        {
            using var directory = new TempDirectory();
            var findings = Engine(Questionnaire(directory, "Mail", ServiceModel.SaaS, "2026-10-01", ("CHK-TE-02.3", "No", "", ""))).Audit(Service());
            Assert.DoesNotContain(findings, f => f.RuleId == "THR-01");

            // No to the measures between tenants is what leaves isolation and access control unverified.
            var isolation = Engine(Questionnaire(directory, "Mail", ServiceModel.SaaS, "2026-10-01", ("CHK-TE-02.2", "No", "", ""))).Audit(Service());
            Assert.Equal("CTL-T-04:Fail; CTL-T-06:Fail", isolation.Single(f => f.RuleId == "THR-01" && f.Subject == "TH-02").Evidence);
        }

        [Fact]
        public void Audit_AvailabilityWithoutEvidenceAndErasureUnanswered_LeaveOnlyTheirOwnMeasuresUnverified()
        {
            // The sample's Salesforce: the availability page and the erasure guarantee are missing; encryption at rest and in transit were answered Yes.
            using var directory = new TempDirectory();
            var findings = Engine(Questionnaire(directory, "Mail", ServiceModel.SaaS, "2026-10-01", ("DIS-02.1", "Yes", "", ""), ("DIS-05.3", "", "", ""))).Audit(Service());
            var threats = findings.Where(f => f.RuleId == "THR-01").ToDictionary(f => f.Subject, f => f.Evidence);

            Assert.Equal("CTL-T-10:Missing", threats["TH-02"]);
            Assert.Equal("CTL-O-03:NoEvidence", threats["TH-01"]);
            Assert.DoesNotContain("TH-03", threats.Keys);
            Assert.All(threats.Values, evidence => Assert.DoesNotContain("CTL-T-08", evidence));
            Assert.All(threats.Values, evidence => Assert.DoesNotContain("CTL-T-09", evidence));
        }

        [Fact]
        public void Fingerprint_DependsOnServiceRuleAndSubject_NotOnCaseWidthOrRow()
        {
            Assert.Equal(FindingFingerprint.Of("Microsoft 365", "VND-01", "CHK-TE-05.4"), FindingFingerprint.Of(" ｍｉｃｒｏｓｏｆｔ 365 ", "vnd-01", "chk-te-05.4"));
            Assert.NotEqual(FindingFingerprint.Of("Microsoft 365", "VND-01", "CHK-TE-05.4"), FindingFingerprint.Of("Microsoft 365", "VND-02", "CHK-TE-05.4"));
            Assert.NotEqual(FindingFingerprint.Of("Microsoft 365", "VND-01", "CHK-TE-05.4"), FindingFingerprint.Of("Microsoft 365", "VND-01", "CHK-TE-05.3"));
            var engine = Engine(options: Options with { ExpectQuestionnaires = false });
            var first = engine.Audit(Service(location: "US"), "a.csv", 2).Select(f => f.Fingerprint);
            var moved = engine.Audit(Service(location: "US"), "b.csv", 90).Select(f => f.Fingerprint);
            Assert.Equal(first, moved);
        }

        [Fact]
        public void Fingerprint_IsTheSchemesSha256_SoBaselinesOfEarlierVersionsStillMatch()
        {
            // printf 'cloudresponsibility/finding/v1\nMICROSOFT 365\nVND-01\nCHK-TE-05.4' | sha256sum | cut -c1-32
            Assert.Equal("046dc11f47fd14569bc05a120933b295", FindingFingerprint.Of("Microsoft 365", "VND-01", "CHK-TE-05.4"));
        }

        [Fact]
        public void Baseline_SameFactUnchanged_WorseRuleWorsened_GoneResolved_OtherNew()
        {
            using var directory = new TempDirectory();
            var before = Engine(Questionnaire(directory, "Mail", ServiceModel.SaaS, "2026-10-01", ("CHK-TE-06.2", "Partial", "", ""), ("CHK-TE-05.4", "No", "", "")))
                .Audit(Service(location: "US")).ToList();
            var baseline = Baseline.FromRows(before.Select((f, i) => ((long)i + 2, (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
            {
                ["ServiceName"] = f.ServiceName, ["RuleId"] = f.RuleId, ["Severity"] = f.Severity.ToString(), ["Status"] = f.Status.ToString(),
                ["Subject"] = f.Subject, ["Fingerprint"] = f.Fingerprint, ["Title"] = f.Title,
            })), "last.csv", Language.En).Baseline;
            var engine = Engine(Questionnaire(directory, "Mail", ServiceModel.SaaS, "2026-10-01", ("CHK-TE-06.2", "No", "", ""), ("CHK-TE-07.2", "No", "", "")), baseline: baseline);
            var after = engine.Audit(Service(location: "US")).Concat(engine.Complete()).ToList();
            string StatusOf(string rule, string subject) => after.Single(f => f.RuleId == rule && f.Subject == subject).Status.ToString();
            Assert.Equal("Unchanged", StatusOf("LEG-01", "LEG-01"));
            Assert.Equal("Worsened", StatusOf("VND-01", "CHK-TE-06.2"));
            Assert.Equal(FindingSeverity.Medium, after.Single(f => f.Subject == "CHK-TE-06.2").BaselineSeverity);
            Assert.Equal("Resolved", StatusOf("VND-01", "CHK-TE-05.4"));
            Assert.Equal("New", StatusOf("VND-01", "CHK-TE-07.2"));
            Assert.False(engine.Fails(FindingSeverity.Critical));
            Assert.True(engine.Fails(FindingSeverity.High));
        }

        [Fact]
        public void Suppressions_Wildcards_Expiry_AndMissingJustification()
        {
            var (set, errors, warnings) = SuppressionSet.Parse(
                "ServiceName,RuleId,Justification,Expires,Approver\n" +
                "Azure *,LEG-03,accepted by legal,2027-06-30,CISO\n" +
                "Box,LEG-*,old acceptance,2026-06-30,CISO\n" +
                "Mail,LEG-01,,2027-01-01,CISO\n" +
                "Mail,LEG-03,no end,,\n", "suppressions.csv", AsOf);
            Assert.Equal(AuditErrorId.SuppressionWithoutJustification, Assert.Single(errors).ErrorId);
            Assert.Equal(4, errors[0].Row);
            Assert.Equal(AuditWarningId.SuppressionExpired, Assert.Single(warnings).WarningId);
            var engine = Engine(suppressions: set, options: Options with { ExpectQuestionnaires = false });
            var azure = engine.Audit(Service("azure functions", location: "JP", vendorCountry: "US")).Single();
            Assert.Equal((FindingStatus.Suppressed, "accepted by legal", "CISO"), (azure.Status, azure.SuppressionJustification, azure.SuppressionApprover));
            var box = engine.Audit(Service("Box", location: "JP", vendorCountry: "US")).Single();
            Assert.Equal((FindingStatus.New, true), (box.Status, box.SuppressionExpired));
            var mail = engine.Audit(Service("Mail", location: "US", vendorCountry: "JP"));
            Assert.Equal(FindingStatus.New, mail.Single(f => f.RuleId == "LEG-01").Status);
            Assert.Equal(FindingStatus.Suppressed, mail.Single(f => f.RuleId == "LEG-03").Status);
            Assert.False(engine.Fails(FindingSeverity.High));
            Assert.True(engine.Fails(FindingSeverity.Medium));
        }

        [Fact]
        public void Summarize_CleanService_IsALineOfZeros_WithTheRulesEvaluated()
        {
            var engine = Engine(options: Options with { ExpectQuestionnaires = false });
            var summary = engine.Summarize(Service(), "inventory.csv", 3);
            Assert.Equal(("Mail", 0, 0, 0, 0, 0), (summary.ServiceName, summary.Findings, summary.Open, summary.High, summary.New, summary.Suppressed));
            Assert.Equal(("inventory.csv", (long?)3, AsOf), (summary.InventoryFile, summary.InventoryRow, summary.AsOf));
            Assert.StartsWith("LEG-01; ", summary.EvaluatedRules, StringComparison.Ordinal);
            Assert.Equal(1, engine.Services);
        }

        [Fact]
        public void Summarize_CountsOpenFindingsBySeverity_AndSuppressedOnesApart_AsAuditFindsThem()
        {
            var (suppressions, _, _) = SuppressionSet.Parse("ServiceName,RuleId,Justification,Expires,Approver\nClinic,LEG-03,accepted by legal,2027-06-30,CISO\n", "suppressions.csv", AsOf);
            var service = Service("Clinic", location: "SG", vendorCountry: "US", medical: true);
            var findings = Engine(suppressions: suppressions, options: Options with { ExpectQuestionnaires = false }).Audit(service);
            var summary = Engine(suppressions: suppressions, options: Options with { ExpectQuestionnaires = false }).Summarize(service);
            Assert.Equal("LEG-01:LEG-01 LEG-03:LEG-03 LEG-05:LEG-05", Keys(findings));
            Assert.Equal((3, 2, 1, 1, 0, 1), (summary.Findings, summary.Open, summary.Critical, summary.Medium + summary.High, summary.Low + summary.Info, summary.Suppressed));
            Assert.Equal(findings.Count(f => f.Status == FindingStatus.New), summary.New);
            Assert.Equal(findings.First().EvaluatedRules, summary.EvaluatedRules);
        }

        [Fact]
        public void QuestionnaireSet_NewestAnsweredCounts_AndAFileThatIsNoQuestionnaireIsUnreadable()
        {
            using var directory = new TempDirectory();
            var old = Path.Combine(directory.Path, "b-old.csv");
            var renewed = Path.Combine(directory.Path, "a-new.csv");
            File.WriteAllLines(old, new[] { "ServiceName,ServiceModel,ItemId,Answer,AnsweredOn", "Mail,SaaS,DIS-01.1,No,2025-01-01" });
            File.WriteAllLines(renewed, new[] { "ServiceName,ServiceModel,ItemId,Answer,回答日", "Mail,SaaS,DIS-01.1,Yes,2026年1月1日" });
            var broken = Path.Combine(directory.Path, "broken.csv");
            File.WriteAllLines(broken, new[] { "Sheet2,Notes", "Mail,see attachment" });
            var set = new QuestionnaireSet();
            var errors = new List<string>();
            Assert.True(set.Add(renewed, e => errors.Add(e.Message), out _, out _));
            Assert.True(set.Add(old, e => errors.Add(e.Message), out _, out _));
            Assert.False(set.Add(broken, e => errors.Add(e.Message), out var unreadable, out _));
            Assert.Contains("ServiceName", unreadable!.Message);
            Assert.Empty(errors);
            var chosen = set.Take("MAIL")!;
            Assert.Equal((renewed, new DateTime(2026, 1, 1)), (chosen.File, chosen.AnsweredOn));
            var finding = Engine(set).Unreadable(broken, unreadable.Message);
            Assert.Equal(("QST-03", "broken.csv", FindingSeverity.High), (finding.RuleId, finding.ServiceName, finding.Severity));
        }

        [Fact]
        public void Rules_ShippedFileIsValid_AndEveryRuleSpeaksBothLanguages()
        {
            var table = AuditRuleCatalog.ReadEmbedded();
            Assert.Empty(AuditRuleCatalog.Validate(table, English));
            var rules = AuditRuleCatalog.Default;
            Assert.Equal(rules.In(Language.En).Select(r => r.Id), rules.In(Language.Ja).Select(r => r.Id));
            Assert.All(English.LegalConsiderations, p => Assert.NotNull(rules.Find(p.Id, Language.En)));
            Assert.All(AuditRuleIds.Coded, id => Assert.NotNull(rules.Find(id, Language.Ja)));
            Assert.All(rules.In(Language.En), r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        }

        [Fact]
        public void Rules_AnEditedFile_IsRejectedWithEveryProblemNamed()
        {
            var text = System.Text.Encoding.UTF8.GetString(ToBytes(AuditRuleCatalog.ReadEmbedded()))
                .Replace("\"LEG-05\",\"Legal\",\"Critical\"", "\"LEG-05\",\"Legal\",\"Severe\"").Replace("\"OWN-01\"", "\"OWN-1\"");
            var problems = AuditRuleCatalog.Validate(CatalogTable.Parse(AuditRuleCatalog.FileName, text), English);
            Assert.Contains(problems, p => p.Contains("'Severe' is not one of"));
            Assert.Contains(problems, p => p.Contains("'OWN-1' is not a rule ID"));
            Assert.Contains(problems, p => p.Contains("no rule OWN-01, which the audit applies"));
        }

        private static byte[] ToBytes(CatalogTable table)
        {
            var lines = new List<string> { string.Join(",", table.Columns) };
            lines.AddRange(table.Records.Select(r => string.Join(",", table.Columns.Select(c => "\"" + r[c].Replace("\"", "\"\"") + "\""))));
            return System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines));
        }

        /// <summary>A questionnaire file of rows as written (ServiceName, ServiceModel, ItemId, Answer, Comment), read into a set; the rows' errors collected.</summary>
        private static QuestionnaireSet Rows(TempDirectory directory, List<InventoryError> errors, params string[] rows)
        {
            var path = Path.Combine(directory.Path, "answers.csv");
            File.WriteAllLines(path, new[] { "ServiceName,ServiceModel,ItemId,Answer,Comment,AnsweredOn" }.Concat(rows));
            var set = new QuestionnaireSet();
            Assert.True(set.Add(path, errors.Add, out _, out _));
            set.TakeErrors(errors.Add, (e, _) => throw new InvalidOperationException(e.Message));
            return set;
        }

        [Fact]
        public void Audit_AnswerNotAmongTheAccepted_VND07_NotUnanswered_AndTheRowsErrorStays()
        {
            using var directory = new TempDirectory();
            var errors = new List<InventoryError>();
            var set = Rows(directory, errors, "Mail,SaaS,DIS-01.1,Acme Corporation K.K.,,2026-10-01", "Mail,SaaS,DIS-01.2,Yes,,2026-10-01");
            var unknownAnswer = Assert.Single(errors);
            Assert.Equal((DisclosureErrorId.UnknownAnswer, 2L), (unknownAnswer.ErrorId, unknownAnswer.Row!.Value));
            var findings = Engine(set).Audit(Service()).ToList();
            var unreadable = Assert.Single(findings, f => f.Subject == "DIS-01.1");
            Assert.Equal(("VND-07", FindingSeverity.Medium, "Answer=Acme Corporation K.K.", 2L), (unreadable.RuleId, unreadable.Severity, unreadable.Evidence, unreadable.EvidenceRow!.Value));
            Assert.Contains($"answered DIS-01.1 ({English.Questionnaire.Find("DIS-01.1")!.Subject}), but with none of the accepted answers", unreadable.Detail);
            Assert.DoesNotContain("No row answers", unreadable.Detail);
            Assert.Contains("VND-07", unreadable.EvaluatedRules);
            Assert.DoesNotContain(findings, f => f.RuleId == "VND-03" && f.Subject == "DIS-01.1");
        }

        [Fact]
        public void Audit_ValidUntilThatIsNoDate_VND10_NotUnanswered_AndTheRowsErrorStays()
        {
            using var directory = new TempDirectory();
            var path = Path.Combine(directory.Path, "answers.csv");
            File.WriteAllLines(path, new[] { "ServiceName,ServiceModel,ItemId,Answer,CertificationName,ValidUntil", "Mail,SaaS,CHK-OP-03.1,Yes,ISMAP,not-a-date", "Mail,SaaS,CHK-OP-03.2,No,,someday" });
            var errors = new List<InventoryError>();
            var set = new QuestionnaireSet();
            Assert.True(set.Add(path, errors.Add, out _, out var records));
            set.TakeErrors(errors.Add, (e, _) => throw new InvalidOperationException(e.Message));
            Assert.Equal(2, records);
            Assert.Equal(new[] { (DisclosureErrorId.InvalidDate, 2L), (DisclosureErrorId.InvalidDate, 3L) }, errors.Select(e => (e.ErrorId, e.Row!.Value)));
            var findings = Engine(set).Audit(Service()).ToList();
            var undated = Assert.Single(findings, f => f.Subject == "CHK-OP-03.1");
            Assert.Equal(("VND-10", FindingSeverity.Medium, "ValidUntil=not-a-date", 2L), (undated.RuleId, undated.Severity, undated.Evidence, undated.EvidenceRow!.Value));
            Assert.Contains("but its validity (not-a-date) is no date", undated.Detail);
            Assert.StartsWith("Answer's validity cannot be read: CHK-OP-03.1", undated.Title);
            Assert.Contains("VND-10", undated.EvaluatedRules);
            // A No is a No whatever its date: VND-01, never a line without a row.
            Assert.Equal("VND-01", Assert.Single(findings, f => f.Subject == "CHK-OP-03.2").RuleId);
            Assert.DoesNotContain(findings, f => f.RuleId == "VND-03" && f.Subject.StartsWith("CHK-OP-03", StringComparison.Ordinal));
        }

        [Fact]
        public void Audit_AnswerAboutTheDataLocation_NamingCountriesTheInventoryDoesNotList_VND08_NotAWarningToo()
        {
            using var directory = new TempDirectory();
            var errors = new List<InventoryError>();
            var set = Rows(directory, errors, "Mail,SaaS,CHK-TE-05.4,Yes,\"US (us-east-1), Singapore\",2026-10-01");
            var engine = Engine(set);
            var findings = engine.Audit(Service(location: "JP"));
            var location = Assert.Single(findings, f => f.RuleId == "VND-08");
            Assert.Equal(("CHK-TE-05.4", FindingSeverity.High, Owner.Customer, "Named=US;SG; DataLocation=JP"), (location.Subject, location.Severity, location.Owner, location.Evidence));
            Assert.Contains($"names countries in its answer to CHK-TE-05.4 ({English.Questionnaire.Find("CHK-TE-05.4")!.Subject}) that the inventory's DataLocation does not list (US, SG)", location.Detail);
            Assert.Contains("legal points judged from the inventory's location are unconfirmed", location.Detail);
            Assert.DoesNotContain(findings, f => f.RuleId.StartsWith("LEG-", StringComparison.Ordinal));
            var warnings = new List<InventoryWarning>();
            engine.TakeProblems(errors.Add, warnings.Add);
            Assert.Empty(warnings);
            Assert.Empty(errors);
            Assert.DoesNotContain(Engine(Rows(directory, errors, "Mail,SaaS,CHK-TE-05.4,Yes,\"US (us-east-1), Singapore\",2026-10-01")).Audit(Service(location: "US;SG")), f => f.RuleId == "VND-08");
        }

        [Fact]
        public void QuestionnaireSet_FileThatIsNoQuestionnaire_SaysNothingMoreIsReadOnce()
        {
            using var directory = new TempDirectory();
            var path = Path.Combine(directory.Path, "q10-2026.csv");
            File.WriteAllLines(path, new[] { "Sheet2,Notes", "ServiceNow ITSM,see attachment" });
            Assert.False(new QuestionnaireSet().Add(path, _ => { }, out var unreadable, out _));
            var message = unreadable!.Message;
            Assert.Contains("no ServiceName column", message);
            Assert.Contains("no ItemId column", message);
            Assert.Contains("no Answer column", message);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(message, "Nothing more is read from this file"));
            Assert.EndsWith("Nothing more is read from this file.", message);
        }
    }
}

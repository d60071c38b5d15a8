using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;
using Xunit;

namespace CloudResponsibility.Tests.Disclosure
{
    /// <summary>The evaluator on the shipped catalog: grouping by service, lines without a row, unknown IDs, rejected rows, owners of gaps.</summary>
    public sealed class DisclosureEvaluatorTests
    {
        private static readonly CatalogView English = CloudCatalog.Default.In(Language.En);
        private static readonly DateTime AsOf = new DateTime(2026, 12, 1);

        private static AnswerRecord Answer(string service, string item, VendorAnswer? answer, ServiceModel? model = ServiceModel.SaaS, long row = 2,
            string? evidence = null, string? certification = null, DateTime? validUntil = null, string file = "q.csv") =>
            new AnswerRecord(service, item, answer, "Vendor", model, evidence, certification, validUntil, null, null, file, row);

        [Fact]
        public void Evaluate_ThenComplete_GivesARowsResultsThenEveryOtherLineAsNoRow()
        {
            var evaluator = new DisclosureEvaluator(English, AsOf);
            var fromRows = new[] { Answer("Mail", "DIS-01.1", VendorAnswer.Yes, row: 2), Answer("Mail", "CHK-TE-02.2", VendorAnswer.No, row: 3) }
                .Select(r => evaluator.Evaluate(r).Result!).ToList();
            var missing = evaluator.Complete().ToList();
            Assert.Equal(new[] { DisclosureOutcome.Pass, DisclosureOutcome.Fail }, fromRows.Select(r => r.Outcome));
            Assert.Equal(52, missing.Count);
            Assert.All(missing, r => Assert.Equal((DisclosureOutcome.Missing, DisclosureReason.NoRow, (long?)null), (r.Outcome, r.Reason, r.Row)));
            Assert.Equal(English.Questionnaire.Items.Select(i => i.Id).Where(id => id != "DIS-01.1" && id != "CHK-TE-02.2"), missing.Select(r => r.ItemId));
            Assert.Equal((2L, 2L, 0L), (evaluator.Records, evaluator.ResultsFromRows, evaluator.RowsWithErrors));
        }

        [Fact]
        public void Evaluate_SeveralServicesInterleaved_GroupsByServiceNameWithoutRegardToCaseOrWidth()
        {
            var evaluator = new DisclosureEvaluator(English, AsOf);
            evaluator.Evaluate(Answer("Mail", "DIS-01.1", VendorAnswer.Yes));
            evaluator.Evaluate(Answer("Chat", "DIS-01.1", VendorAnswer.Yes, model: ServiceModel.PaaS));
            var again = evaluator.Evaluate(Answer("ＭＡＩＬ", "DIS-01.2", VendorAnswer.Yes, model: null));
            Assert.Equal("Mail", again.Result!.ServiceName);
            Assert.Equal(2, evaluator.Services);
            var missing = evaluator.Complete().ToList();
            Assert.Equal(new[] { "Mail", "Chat" }, missing.Select(r => r.ServiceName).Distinct());
            Assert.Equal(52 + 53, missing.Count);
        }

        [Fact]
        public void Evaluate_UnknownId_IsAResultNeverDropped()
        {
            var evaluator = new DisclosureEvaluator(English, AsOf);
            var unknown = evaluator.Evaluate(Answer("Mail", "CHK-TE-09.1", VendorAnswer.Yes)).Result!;
            Assert.Equal((DisclosureOutcome.Unknown, DisclosureReason.UnknownItemId), (unknown.Outcome, unknown.Reason));
            Assert.Null(unknown.Item);
            Assert.Null(unknown.GapOwner);
            Assert.Contains("CHK-TE-09.1", unknown.Message);
            var parent = evaluator.Evaluate(Answer("Mail", "CHK-TE-05", VendorAnswer.Yes, row: 3)).Result!;
            Assert.Equal(DisclosureReason.NotAQuestionnaireLine, parent.Reason);
            Assert.Contains("CHK-TE-05.1, CHK-TE-05.2, CHK-TE-05.3, CHK-TE-05.4", parent.Message);
            Assert.Equal(54, evaluator.Complete().Count());
        }

        [Fact]
        public void Evaluate_AnswerNotAmongTheAccepted_IsUnreadable_NamingFileRowColumnAndValue_AndNotReportedAsNoRow()
        {
            var evaluator = new DisclosureEvaluator(English, AsOf);
            var record = new AnswerRecord("Acme CRM", "DIS-01.1", null, "Acme", ServiceModel.SaaS, file: "acme-answers.csv", row: 37, answerText: "Acme Corporation K.K.", answerHeader: "Answer");
            var result = evaluator.Evaluate(record).Result!;
            Assert.Equal((DisclosureOutcome.Unreadable, DisclosureReason.UnreadableAnswer, "Acme Corporation K.K."), (result.Outcome, result.Reason, result.AnswerText));
            Assert.Null(result.Answer);
            Assert.Equal(("acme-answers.csv", 37L), (result.File, result.Row!.Value));
            Assert.Contains("Row 37 of 'acme-answers.csv', column 'Answer', holds 'Acme Corporation K.K.'", result.Message);
            Assert.Contains("accepted: Yes/No/Partial/Not applicable, はい/いいえ/一部/該当なし", result.Message);
            Assert.DoesNotContain("No row answers", result.Message);
            Assert.Null(result.GapOwner); // the company name only informs: no layer of it is anyone's gap
            Assert.DoesNotContain(evaluator.Complete(), r => r.ItemId == "DIS-01.1");
            Assert.Equal((1L, 1L, 0L), (evaluator.Records, evaluator.ResultsFromRows, evaluator.RowsWithErrors));

            var japanese = new DisclosureEvaluator(CloudCatalog.Default.In(Language.Ja), AsOf).Evaluate(record).Result!;
            Assert.Contains("回答はありますが、受け付ける回答のいずれでもありません", japanese.Message);
            Assert.Contains("37", japanese.Message);
        }

        [Fact]
        public void Evaluate_ValidUntilThatIsNoDate_IsUnreadable_KeepsItsRowAndAnswer_AndIsNotReportedAsNoRow()
        {
            var evaluator = new DisclosureEvaluator(English, AsOf);
            var record = new AnswerRecord("Mail", "CHK-OP-03.1", VendorAnswer.Yes, "Vendor", ServiceModel.SaaS, certificationName: "ISMAP", file: "q.csv", row: 4,
                validUntilText: "not-a-date", validUntilHeader: "ValidUntil");
            var result = evaluator.Evaluate(record).Result!;
            Assert.Equal((DisclosureOutcome.Unreadable, DisclosureReason.UnreadableValidUntil), (result.Outcome, result.Reason));
            Assert.Equal((VendorAnswer.Yes, (DateTime?)null, "not-a-date", "q.csv", 4L), (result.Answer!.Value, result.ValidUntil, result.ValidUntilText, result.File, result.Row!.Value));
            Assert.Contains("Row 4 of 'q.csv', column 'ValidUntil', holds 'not-a-date', which is no date", result.Message);
            Assert.Contains("2027/06/30", result.Message);
            Assert.DoesNotContain("No row answers", result.Message);
            Assert.DoesNotContain(evaluator.Complete(), r => r.ItemId == "CHK-OP-03.1");
            Assert.Equal((1L, 1L, 0L), (evaluator.Records, evaluator.ResultsFromRows, evaluator.RowsWithErrors));

            var japanese = new DisclosureEvaluator(CloudCatalog.Default.In(Language.Ja), AsOf).Evaluate(record).Result!;
            Assert.Equal(DisclosureReason.UnreadableValidUntil, japanese.Reason);
            Assert.Contains("有効期限を読み取れません", japanese.Message);
            Assert.Contains("'q.csv' の 4 行目", japanese.Message);
        }

        [Fact]
        public void Evaluate_AnswerPipedIn_HasNoRowButItsPosition_AndItsErrorsAndMessagesNameIt()
        {
            var evaluator = new DisclosureEvaluator(English, AsOf);
            AnswerRecord Piped(string item, VendorAnswer? answer, long position, string? answerText = null) =>
                new AnswerRecord("Mail", item, answer, null, ServiceModel.SaaS, answerText: answerText, answerHeader: "Answer", inputPosition: position);
            var first = evaluator.Evaluate(Piped("DIS-01.1", VendorAnswer.Yes, 1)).Result!;
            Assert.Equal(((long?)null, (string?)null, 1L), (first.Row, first.File, first.InputPosition!.Value));
            var unreadable = evaluator.Evaluate(Piped("DIS-01.2", null, 2, "Tokyo")).Result!;
            Assert.Contains("Input object 2, column 'Answer', holds 'Tokyo'", unreadable.Message);
            var twice = evaluator.Evaluate(Piped("DIS-01.1", VendorAnswer.No, 3)).Error!;
            Assert.Equal((DisclosureErrorId.DuplicateItemId, (long?)null, 3L), (twice.ErrorId, twice.Row, twice.InputPosition!.Value));
            Assert.Equal("Input object 3: the service 'Mail' answers DIS-01.1 a second time (first: Input object 1); the first answer is kept.", twice.Message);
            Assert.All(evaluator.Complete(), r => Assert.Null(r.InputPosition));
            Assert.Throws<ArgumentException>(() => new AnswerRecord("Mail", "DIS-01.1", VendorAnswer.Yes, row: 2, inputPosition: 1));
        }

        [Fact]
        public void Evaluate_ServiceModelUnreadable_TakesTheModelTheServiceHas_OrIsRejectedWithoutOne()
        {
            var inventory = new[] { new CloudService("Mail", ServiceModel.SaaS, "Vendor") };
            var judged = new DisclosureEvaluator(English, AsOf, inventory).Evaluate(Answer("Mail", "DIS-01.1", VendorAnswer.Yes, model: null)).Result!;
            Assert.Equal((DisclosureOutcome.Pass, ServiceModel.SaaS, 2L), (judged.Outcome, judged.ServiceModel, judged.Row!.Value));
            var unknown = new DisclosureEvaluator(English, AsOf).Evaluate(Answer("Mail", "DIS-01.1", VendorAnswer.Yes, model: null)).Error!;
            Assert.Equal(InventoryErrorId.MissingRequiredValue, unknown.ErrorId);
        }

        [Fact]
        public void Evaluate_AnswerAboutTheDataLocation_NamingCountriesTheInventoryDoesNotList_Warns()
        {
            var crm = new CloudService("Acme CRM", ServiceModel.SaaS, "Acme", dataLocation: new ValueList<string>(new[] { "JP" }));
            var evaluator = new DisclosureEvaluator(English, AsOf, new[] { crm });
            var storage = new AnswerRecord("Acme CRM", "CHK-TE-05.4", VendorAnswer.Yes, evidence: "Terms §12", comment: "US (us-east-1), Singapore", file: "acme.csv", row: 20);
            var evaluation = evaluator.Evaluate(storage);
            // The answer itself is judged as given: the location is another matter, for the inventory.
            Assert.Equal(DisclosureOutcome.Pass, evaluation.Result!.Outcome);
            var conflict = evaluation.LocationConflict!;
            Assert.Equal(("CHK-TE-05.4", "US;SG", "US;SG", "JP"), (conflict.ItemId, conflict.Named.ToString(), conflict.Unlisted.ToString(), conflict.InventoryLocation.ToString()));
            var warning = Assert.Single(evaluation.Warnings);
            Assert.Equal((DisclosureWarningId.DataLocationNotInInventory, 20L, "US;SG"), (warning.WarningId, warning.Row!.Value, warning.Value!));
            Assert.Contains("Row 20 of 'acme.csv': the vendor's answer to CHK-TE-05.4 names US, SG, which the inventory's DataLocation for 'Acme CRM' (JP) does not list", warning.Message);
            Assert.Contains("legal points judged from the inventory's location are unconfirmed", warning.Message);

            // Japan alone, or another line, or a service the inventory does not have: nothing to contradict.
            Assert.Null(evaluator.Evaluate(new AnswerRecord("Acme CRM", "CHK-TE-05.3", VendorAnswer.Yes, comment: "東京・大阪（日本国内）", row: 21)).LocationConflict);
            Assert.Null(evaluator.Evaluate(new AnswerRecord("Acme CRM", "DIS-01.2", VendorAnswer.Yes, comment: "Head office in the United States", row: 22)).LocationConflict);
            var rowsOnly = new DisclosureEvaluator(English, AsOf).Evaluate(new AnswerRecord("Other", "CHK-TE-05.4", VendorAnswer.Yes, serviceModel: ServiceModel.SaaS, comment: "US"));
            Assert.Null(rowsOnly.LocationConflict);
            Assert.Empty(rowsOnly.Warnings);
        }

        [Fact]
        public void Evaluate_DataLocation_AMemberStateIsWithinTheInventorysEu_AndAnEmptyLocationListsNothing()
        {
            var eu = new CloudService("HR", ServiceModel.SaaS, dataLocation: new ValueList<string>(new[] { "EU" }));
            var unknown = new CloudService("Chat", ServiceModel.SaaS);
            var evaluator = new DisclosureEvaluator(CloudCatalog.Default.In(Language.Ja), AsOf, new[] { eu, unknown });
            Assert.Null(evaluator.Evaluate(new AnswerRecord("HR", "CHK-TE-05.4", VendorAnswer.Yes, evidence: "Frankfurt (DE) and Dublin, Ireland")).LocationConflict);
            var none = evaluator.Evaluate(new AnswerRecord("Chat", "CHK-TE-05.4", VendorAnswer.Yes, comment: "米国東部リージョン"));
            Assert.Equal("US", none.LocationConflict!.Unlisted.ToString());
            Assert.Contains("DataLocation（記載なし）にはありません", Assert.Single(none.Warnings).Message);
        }

        [Fact]
        public void Evaluate_LineAnsweredTwice_RejectsTheSecondRowNamingTheFirst()
        {
            var evaluator = new DisclosureEvaluator(English, AsOf);
            evaluator.Evaluate(Answer("Mail", "DIS-01.1", VendorAnswer.Yes, row: 2, file: "2025.csv"));
            var second = evaluator.Evaluate(Answer("Mail", "dis-01.1", VendorAnswer.No, row: 9, file: "2026.csv"));
            Assert.Null(second.Result);
            Assert.Equal(DisclosureErrorId.DuplicateItemId, second.Error!.ErrorId);
            Assert.Equal(("2026.csv", 9L, "DIS-01.1"), (second.Error.File, second.Error.Row!.Value, second.Error.Value!));
            Assert.Contains("Row 2 of '2025.csv'", second.Error.Message);
            Assert.Equal((2L, 1L, 1L), (evaluator.Records, evaluator.ResultsFromRows, evaluator.RowsWithErrors));
        }

        [Fact]
        public void Evaluate_ServiceModelUnknownOrInConflict_RejectsTheRow()
        {
            var evaluator = new DisclosureEvaluator(English, AsOf);
            var unknown = evaluator.Evaluate(Answer("Mail", "DIS-01.1", VendorAnswer.Yes, model: null)).Error!;
            Assert.Equal((InventoryErrorId.MissingRequiredValue, "ServiceModel"), (unknown.ErrorId, unknown.Column!));
            evaluator.Evaluate(Answer("Mail", "DIS-01.2", VendorAnswer.Yes, model: ServiceModel.SaaS, row: 3));
            var conflict = evaluator.Evaluate(Answer("Mail", "DIS-01.3", VendorAnswer.Yes, model: ServiceModel.IaaS, row: 4)).Error!;
            Assert.Equal((DisclosureErrorId.ConflictingServiceModel, "IaaS"), (conflict.ErrorId, conflict.Value!));
            Assert.Contains("Row 3 of 'q.csv'", conflict.Message);
            Assert.Equal(evaluator.Records, evaluator.ResultsFromRows + evaluator.RowsWithErrors);
        }

        [Fact]
        public void Evaluate_ServiceOfTheInventory_TakesItsModelVendorAndContractOverrides()
        {
            var kintone = new CloudService("kintone", ServiceModel.SaaS, "サイボウズ", contractOverrides: new ValueList<ContractOverride>(new[] { new ContractOverride(Layer.AccountsAndAccess, Owner.Customer, "利用規約 第8条") }));
            var evaluator = new DisclosureEvaluator(English, AsOf, new[] { kintone });
            var password = evaluator.Evaluate(Answer("KINTONE", "CHK-TE-04.1", VendorAnswer.No, model: null)).Result!;
            Assert.Same(kintone, password.Service);
            Assert.Equal("サイボウズ", password.Vendor);
            Assert.Equal((Owner.Customer, true), (password.GapOwner!.Value, password.OwnerOverridden));
            var conflict = evaluator.Evaluate(Answer("kintone", "CHK-TE-04.1", VendorAnswer.No, model: ServiceModel.PaaS, row: 3)).Error!;
            Assert.Contains("the inventory", conflict.Message);

            var general = new DisclosureEvaluator(English, AsOf).Evaluate(Answer("kintone", "CHK-TE-04.1", VendorAnswer.No)).Result!;
            Assert.Equal((Owner.Shared, false), (general.GapOwner!.Value, general.OwnerOverridden));
        }

        [Fact]
        public void Evaluate_OverrideFile_WinsOverTheInventory()
        {
            var overrides = new OverrideSet();
            overrides.Add("Mail", new ContractOverride(Layer.Facility, Owner.Shared, null));
            var evaluator = new DisclosureEvaluator(English, AsOf, overrides: overrides);
            var intrusion = evaluator.Evaluate(Answer("Mail", "CHK-DC-01.1", VendorAnswer.Partial)).Result!;
            Assert.Equal((Owner.Shared, true), (intrusion.GapOwner!.Value, intrusion.OwnerOverridden));
            var theft = evaluator.Evaluate(Answer("Mail", "CHK-TE-05.2", VendorAnswer.Partial, row: 3)).Result!;
            Assert.Equal((Owner.Provider, false), (theft.GapOwner!.Value, theft.OwnerOverridden));
        }

        [Theory]
        [InlineData(ServiceModel.SaaS, "CHK-TE-01.1", Owner.Provider)]
        // The vendor's No on encryption in transit is a gap in its network; the customer's own application is its duty whatever the vendor answers.
        [InlineData(ServiceModel.IaaS, "CHK-TE-01.1", Owner.Provider)]
        // Export under PaaS: the platform's data services (Middleware, shared) and storage.
        [InlineData(ServiceModel.PaaS, "CHK-TE-08.2", Owner.Shared)]
        [InlineData(ServiceModel.IaaS, "CHK-OP-03.1", Owner.Provider)]
        [InlineData(ServiceModel.SaaS, "CHK-TE-04.1", Owner.Shared)]
        [InlineData(ServiceModel.PaaS, "CHK-TE-04.1", Owner.Shared)]
        [InlineData(ServiceModel.IaaS, "CHK-TE-04.1", Owner.Provider)]
        public void GapOwner_IsTheOwnerOfTheLinesLayersUnderTheModel(ServiceModel model, string item, Owner owner) =>
            Assert.Equal(owner, new DisclosureEvaluator(English, AsOf).Evaluate(Answer("S", item, VendorAnswer.No, model: model)).Result!.GapOwner);

        [Fact]
        public void Evaluate_FoundingDateAnsweredNo_IsInformationWithheldNotAGapInTheProvidersLayers()
        {
            var result = new DisclosureEvaluator(English, AsOf).Evaluate(Answer("Mail", "DIS-01.4", VendorAnswer.No)).Result!;
            Assert.Equal((DisclosureOutcome.Fail, DisclosureReason.NotDisclosed, (Owner?)null), (result.Outcome, result.Reason, result.GapOwner));
            Assert.Empty(result.Layers);
            Assert.Empty(result.ProviderControlIds);
            Assert.Empty(result.ThreatIds);
            Assert.StartsWith("Answered No: the vendor does not disclose this", result.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Virtualization", result.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Evaluate_SingleTenantAnsweredNo_DescribesTheOfferingAndPasses()
        {
            var result = new DisclosureEvaluator(English, AsOf).Evaluate(Answer("Mail", "CHK-TE-02.3", VendorAnswer.No)).Result!;
            Assert.Equal((DisclosureOutcome.Pass, DisclosureReason.OfferingDescribed, (Owner?)null), (result.Outcome, result.Reason, result.GapOwner));
            Assert.Contains("no gap for either party", result.Message, StringComparison.Ordinal);
            Assert.Contains("CHK-TE-02.2", result.Message, StringComparison.Ordinal);
            var japanese = new DisclosureEvaluator(CloudCatalog.Default.In(Language.Ja), AsOf).Evaluate(Answer("Mail", "CHK-TE-02.3", VendorAnswer.No)).Result!;
            Assert.Contains("いずれの当事者の不足でもありません", japanese.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Evaluate_HardeningAnsweredNo_IsAGapInTheGuestOsUnderSaaSButNotUnderIaaS()
        {
            var saas = new DisclosureEvaluator(English, AsOf).Evaluate(Answer("Mail", "CHK-TE-03.1", VendorAnswer.No)).Result!;
            Assert.Equal("GuestOS;Virtualization;PhysicalInfrastructure", saas.Layers.ToString());
            Assert.Contains("(GuestOS;Virtualization;PhysicalInfrastructure)", saas.Message, StringComparison.Ordinal);
            var iaas = new DisclosureEvaluator(English, AsOf).Evaluate(Answer("VMs", "CHK-TE-03.1", VendorAnswer.No, model: ServiceModel.IaaS)).Result!;
            Assert.Equal(("Virtualization;PhysicalInfrastructure", (Owner?)Owner.Provider), (iaas.Layers.ToString(), iaas.GapOwner));
        }

        [Fact]
        public void Evaluate_ContractGivingTheProviderAShareOfTheData_AddsTheDataToABackupLinesGap()
        {
            var general = new DisclosureEvaluator(English, AsOf).Evaluate(Answer("CRM", "CHK-TE-08.1", VendorAnswer.No)).Result!;
            Assert.Equal(("PhysicalInfrastructure", (Owner?)Owner.Provider, false), (general.Layers.ToString(), general.GapOwner, general.OwnerOverridden));
            Assert.Contains("(PhysicalInfrastructure)", general.Message, StringComparison.Ordinal);

            var overrides = new OverrideSet();
            overrides.Add("CRM", new ContractOverride(Layer.Data, Owner.Shared, "MSA §7.3: the provider restores deleted records"));
            var shared = new DisclosureEvaluator(English, AsOf, overrides: overrides).Evaluate(Answer("CRM", "CHK-TE-08.1", VendorAnswer.No)).Result!;
            Assert.Equal(("Data;PhysicalInfrastructure", (Owner?)Owner.Shared, true), (shared.Layers.ToString(), shared.GapOwner, shared.OwnerOverridden));
        }

        [Fact]
        public void Evaluate_Certifications_AreRecognisedCountAsEvidenceAndUnknownOnesWarn()
        {
            var evaluator = new DisclosureEvaluator(English, AsOf);
            var certified = evaluator.Evaluate(Answer("Mail", "CHK-OP-03.1", VendorAnswer.Yes, certification: "ISMS (JIS Q 27001), ISMAP-LIU", validUntil: new DateTime(2027, 3, 31)));
            Assert.Equal("ISO27001;ISMAP-LIU", certified.Result!.Certifications.ToString());
            Assert.Equal(DisclosureOutcome.Pass, certified.Result.Outcome);
            Assert.Empty(certified.Warnings);

            var unknown = evaluator.Evaluate(Answer("Mail", "CHK-OP-03.2", VendorAnswer.Yes, row: 3, certification: "ISO 9001"));
            Assert.Equal(DisclosureOutcome.NoEvidence, unknown.Result!.Outcome);
            var warning = Assert.Single(unknown.Warnings);
            Assert.Equal((DisclosureWarningId.UnknownCertification, 3L, "ISO 9001"), (warning.WarningId, warning.Row!.Value, warning.Value!));
        }

        [Fact]
        public void Evaluate_ExpiredCertification_IsExpiredAsOfTheDateGiven()
        {
            var record = Answer("Mail", "CHK-OP-03.1", VendorAnswer.Yes, certification: "ISMAP", validUntil: new DateTime(2026, 11, 30));
            Assert.Equal(DisclosureOutcome.Expired, new DisclosureEvaluator(English, AsOf).Evaluate(record).Result!.Outcome);
            Assert.Equal(DisclosureOutcome.Pass, new DisclosureEvaluator(English, new DateTime(2026, 11, 30)).Evaluate(record).Result!.Outcome);
        }

        [Fact]
        public void Evaluate_OnPremisesService_HasNoLineToAnswer()
        {
            var evaluator = new DisclosureEvaluator(English, AsOf);
            var row = evaluator.Evaluate(Answer("File server", "DIS-01.1", VendorAnswer.Yes, model: ServiceModel.OnPremises)).Result!;
            Assert.Equal((DisclosureOutcome.NotApplicable, DisclosureReason.NotApplicableToModel), (row.Outcome, row.Reason));
            Assert.Contains("no cloud provider", row.Message);
            Assert.Empty(evaluator.Complete());
        }

        [Fact]
        public void Results_InJapanese_HaveTheSameCodesAndJapaneseText()
        {
            var english = new DisclosureEvaluator(English, AsOf).Evaluate(Answer("Mail", "CHK-TE-04.1", VendorAnswer.NotApplicable, model: ServiceModel.IaaS)).Result!;
            var japanese = new DisclosureEvaluator(CloudCatalog.Default.In(Language.Ja), AsOf).Evaluate(Answer("Mail", "CHK-TE-04.1", VendorAnswer.NotApplicable, model: ServiceModel.IaaS)).Result!;
            Assert.Equal((english.Outcome, english.Reason), (japanese.Outcome, japanese.Reason));
            Assert.Equal(DisclosureReason.NotApplicableAccepted, japanese.Reason);
            Assert.Contains("該当なし", japanese.Message);
            Assert.Contains("federated", english.Message);
            Assert.Equal("パスワードポリシー設定", japanese.Subject);
        }

        [Fact]
        public void AGap_InJapanese_NamesItsLayersInJapanese_InEnglishByTheirIds()
        {
            var no = Answer("Mail", "CHK-DC-01.1", VendorAnswer.No);
            var english = new DisclosureEvaluator(English, AsOf).Evaluate(no).Result!;
            var japanese = new DisclosureEvaluator(CloudCatalog.Default.In(Language.Ja), AsOf).Evaluate(no).Result!;
            Assert.NotEmpty(english.Layers);
            Assert.Contains("(" + english.Layers + ")", english.Message);
            var names = string.Join("、", english.Layers.Select(layer => CloudCatalog.Default.In(Language.Ja).Layers.Single(l => l.Layer == layer).Name));
            Assert.Contains("（" + names + "）", japanese.Message);
            Assert.DoesNotMatch("[A-Z][a-z]+", japanese.Message.Substring(japanese.Message.IndexOf('（')));
        }

        [Fact]
        public void Results_FromAFileAndItsReader_KeepTheInvariant()
        {
            using var reader = QuestionnaireReader.Open(QuestionnaireReaderTests.Fixture("excel-ja-cp932.csv"));
            var evaluator = new DisclosureEvaluator(English, AsOf);
            var results = new List<DisclosureResult>();
            var warnings = new List<InventoryWarning>();
            foreach (var read in reader.ReadAll().Where(r => r.Record is not null))
            {
                var evaluation = evaluator.Evaluate(read.Record!);
                warnings.AddRange(evaluation.Warnings);
                if (evaluation.Result is not null) results.Add(evaluation.Result);
            }
            Assert.Equal(reader.DataRows, evaluator.ResultsFromRows + reader.RowsWithErrors + evaluator.RowsWithErrors);
            var outcomes = results.ToDictionary(r => r.ItemId, r => r.Outcome);
            Assert.Equal(DisclosureOutcome.Pass, outcomes["CHK-DC-01.1"]);
            // いいえ to the single-tenant option describes the offering: no gap.
            Assert.Equal(DisclosureOutcome.Pass, outcomes["CHK-TE-02.3"]);
            Assert.Equal(DisclosureOutcome.NotApplicable, outcomes["CHK-TE-04.1"]);
            Assert.Equal(DisclosureOutcome.Partial, outcomes["CHK-TE-05.1"]);
            Assert.Equal(DisclosureOutcome.Pass, outcomes["CHK-TE-05.4"]);
            Assert.Equal(DisclosureOutcome.NoEvidence, outcomes["CHK-TE-07.1"]);
            Assert.Equal(DisclosureOutcome.Fail, outcomes["CHK-OP-02.3"]);
            Assert.Equal(DisclosureOutcome.Pass, outcomes["CHK-OP-03.1"]);
            Assert.Equal(DisclosureOutcome.Expired, outcomes["DIS-01.7"]);
            Assert.Equal(DisclosureOutcome.Missing, outcomes["DIS-06.1"]);
            Assert.Equal(DisclosureOutcome.Unknown, outcomes["CHK-TE-09.1"]);
            Assert.Equal(DisclosureOutcome.Unknown, outcomes["CHK-TE-05"]);
            Assert.Equal(DisclosureOutcome.Partial, outcomes["DIS-05.3"]);
            Assert.Equal(DisclosureOutcome.Pass, outcomes["CHK-OP-03.2"]);
            // Answered '要確認' (to be checked): answered, but with none of the accepted answers; not a line without a row.
            Assert.Equal(DisclosureOutcome.Unreadable, outcomes["DIS-04.1"]);
            // Answered Yes, valid until '来年3月' (March next year): no date, so whether it is still valid is not known.
            Assert.Equal(DisclosureReason.UnreadableValidUntil, results.Single(r => r.ItemId == "DIS-04.2").Reason);
            Assert.Equal("UnknownCertification", Assert.Single(warnings).WarningId);
            Assert.Equal("登録証の写しを受領済み", results.Single(r => r.ItemId == "CHK-OP-03.1").AdditionalColumns.Single(p => p.Key == "メモ").Value);
            Assert.Equal(54 - 16, evaluator.Complete().Count());
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using CloudResponsibility.Caiq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.Output;
using CloudResponsibility.Parsing;
using Xunit;

namespace CloudResponsibility.Tests.Localization
{
    /// <summary>
    /// Every error and warning factory, called in both languages: the same stable ID, a message in
    /// each. The IDs are pinned here: changing one breaks the scripts that match it, so it must be
    /// a deliberate change of this list.
    /// </summary>
    public sealed class ErrorMessagesTests
    {
        private static readonly string[] ErrorIds =
        {
            // The inventory's and an override file's, reported by every cmdlet that reads services.
            "DuplicateColumn", "InvalidBoolean", "InvalidContractOverride", "MissingRequiredColumn", "MissingRequiredValue",
            "MultipleCountries", "RecordTooLarge", "TruncatedFile", "UnbalancedQuote", "UndecodableText", "UnknownCountry", "UnknownDeploymentModel",
            "UnknownServiceModel", "WrongColumnCount", "UnreadableWorkbook", "WorksheetNotFound",
            // A questionnaire's own.
            "ConflictingServiceModel", "DuplicateItemId", "InvalidDate", "UnknownAnswer",
            // A vendor's CAIQ's own (Import-Caiq).
            "DuplicateQuestionId", "MalformedQuestionId", "NoCaiqHeader", "NoCaiqSheet", "UnknownCaiqAnswer", "UnknownCaiqOwnership",
            // The audit's own: suppressions and the baseline.
            "BaselineEmpty", "InvalidBaselineValue", "InvalidSuppressionExpiry", "SuppressionWithoutJustification",
            // The cmdlets' own.
            "AppendEncodingMismatch", "AppendHeaderMismatch", "AppendHeaderNotFound", "AppendNotSupported", "CatalogInvalid", "FileExists", "FileReadOnly", "InvalidColumnList",
            "InvalidDelimiter", "InvalidLanguagePreference", "NotARecord", "NotFileSystemPath", "OpenReportFailed", "OverrideFileNotFound", "PathIsDirectory", "PathNotFound",
            "ReadBaselineFailed", "ReadCaiqFailed", "ReadInventoryFailed", "ReadQuestionnaireFailed", "IncompatibleParameters", "UnknownColumn", "UnknownEncoding", "UnknownId", "UnknownReportFormat", "UnsupportedInput",
            "WriteReportFailed", "InvalidHomeCountry", "ParameterOutOfRange",
            // Invoke-CloudAudit's, Compare-VendorDisclosure's and Test-VendorDisclosure's, for an input with nothing in it.
            "InventoryEmpty", "NothingToCompare", "QuestionnaireEmpty",
            // Export-ThreatModel's.
            "ThreatModelBuildFailed", "ThreatModelNeedsFolder", "ThreatModelNoService",
        };

        private static readonly string[] WarningIds = { "DataLocationNotInInventory", "DuplicateCheckLimited", "DuplicateServiceName", "InventoryColumnMissing", "QuestionnaireFolderEmpty", "QuestionnaireServiceNotInInventory", "SuppressionExpired", "UnknownCertification" };

        [Fact]
        public void ErrorIds_AreThePinnedOnes()
        {
            var inventory = typeof(InventoryErrorId).GetFields().Concat(typeof(DisclosureErrorId).GetFields()).Concat(typeof(CaiqErrorId).GetFields()).Concat(typeof(CloudResponsibility.Audit.AuditErrorId).GetFields()).Select(f => (string)f.GetRawConstantValue()!);
            var cmdlets = Factories(ErrorRecordsType()).Select(m => m.Name).Where(name => name != "Inventory");
            Assert.Equal(ErrorIds.OrderBy(i => i, StringComparer.Ordinal), inventory.Concat(cmdlets).Distinct().OrderBy(i => i, StringComparer.Ordinal));
        }

        [Fact]
        public void WarningIds_AreThePinnedOnes() =>
            Assert.Equal(WarningIds, typeof(InventoryWarning).GetFields().Concat(typeof(DisclosureWarningId).GetFields()).Concat(typeof(CloudResponsibility.Audit.AuditWarningId).GetFields()).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).OrderBy(i => i, StringComparer.Ordinal));

        public static TheoryData<string> InventoryFactories() => Names(typeof(InventoryErrors), typeof(InventoryWarnings), typeof(DisclosureErrors), typeof(CaiqErrors));

        [Theory]
        [MemberData(nameof(InventoryFactories))]
        public void InventoryFactory_InBothLanguages_KeepsItsIdAndSpeaksEach(string name)
        {
            foreach (var factory in Factories(typeof(InventoryErrors)).Concat(Factories(typeof(InventoryWarnings))).Concat(Factories(typeof(DisclosureErrors))).Concat(Factories(typeof(CaiqErrors))).Where(m => m.Name == name))
            {
                var english = factory.Invoke(null, Arguments(factory, Language.En))!;
                var japanese = factory.Invoke(null, Arguments(factory, Language.Ja))!;
                var (enId, enMessage) = IdAndMessage(english);
                var (jaId, jaMessage) = IdAndMessage(japanese);
                Assert.Equal(name, enId);
                Assert.Equal(enId, jaId);
                AssertBothLanguages(enMessage, jaMessage);
            }
        }

        [Fact]
        public void Factories_InJapanese_PutNoSpaceBetweenThePlaceAndItsParticle()
        {
            // "7 行目 のセルは" reads as a stray space: the place runs straight into its particle.
            var places = new[] { new RowLocation("/data/inventory.csv", 4, 6), new RowLocation("/data/inventory.csv", 4, null), new RowLocation(null, 4, null), RowLocation.OfInputObject(3), new RowLocation(null, null, null), new RowLocation("/data/book.xlsx", null, null) };
            var messages = new List<string>();
            foreach (var factory in Factories(typeof(InventoryErrors)).Concat(Factories(typeof(InventoryWarnings))).Concat(Factories(typeof(DisclosureErrors))).Concat(Factories(typeof(CaiqErrors))).Concat(Factories(typeof(WorkbookErrors)).Where(m => m.ReturnType == typeof(InventoryError) && m.Name != nameof(WorkbookErrors.Of))))
                foreach (var place in places)
                {
                    var arguments = factory.GetParameters().Select(p => p.ParameterType == typeof(RowLocation) ? place : Argument(p.ParameterType, p.Name!, Language.Ja)).ToArray();
                    messages.Add(factory.Name + ": " + IdAndMessage(factory.Invoke(null, arguments)!).Message);
                }
            var asOf = new DateTime(2026, 1, 1);
            messages.AddRange(CloudResponsibility.Audit.SuppressionSet.Parse("ServiceName,RuleId,Justification,Expires\nMail,LEG-01,ok,someday\n", "/data/suppressions.csv", asOf, Language.Ja).Errors.Select(e => e.Message));
            messages.AddRange(CloudResponsibility.Audit.Baseline.FromRows(new[] { (3L, (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["Fingerprint"] = "f", ["ServiceName"] = "Mail", ["RuleId"] = "QST-01", ["Severity"] = "Urgent" }) }, "/data/last.csv", Language.Ja).Errors.Select(e => e.Message));
            Assert.Contains(messages, m => m.StartsWith("WrongColumnCount: '/data/inventory.csv' の 4 行目（ファイルの 6 行目）のセルは", StringComparison.Ordinal));
            Assert.Contains(messages, m => m.StartsWith("UnbalancedQuote: 3 番目の入力オブジェクトで引用符", StringComparison.Ordinal));
            Assert.Contains(messages, m => m.StartsWith("'/data/suppressions.csv' の 2 行目の Expires 列", StringComparison.Ordinal));
            var stray = messages.Where(m => System.Text.RegularExpressions.Regex.IsMatch(m, "(行目）?|オブジェクト|インベントリ|book\\.xlsx') (の|で|に|は|を|が)")).ToList();
            Assert.True(stray.Count == 0, string.Join(Environment.NewLine, stray));
        }

        [Theory]
        [InlineData(ContractOverrideProblem.NotLayerEqualsOwner)]
        [InlineData(ContractOverrideProblem.UnknownLayer)]
        [InlineData(ContractOverrideProblem.UnknownOwner)]
        [InlineData(ContractOverrideProblem.RepeatedLayer)]
        public void InvalidContractOverride_EachProblem_SpeaksBothLanguages(ContractOverrideProblem problem)
        {
            var error = new ContractOverrideError("Dta=Vendor", problem, "Dta");
            var at = new RowLocation("inventory.csv", 4, null);
            AssertBothLanguages(InventoryErrors.InvalidContractOverride(Language.En, at, "ContractOverrides", error).Message,
                InventoryErrors.InvalidContractOverride(Language.Ja, at, "ContractOverrides", error).Message);
        }

        [Fact]
        public void HeaderErrors_OfAnObjectPipedIn_NameTheObjectAndItsProperties_NoFile_InBothLanguages()
        {
            var at = RowLocation.OfInputObject(3);
            var missing = (InventoryErrors.MissingRequiredColumn(Language.En, at, "ItemId", "'ItemId'").Message, InventoryErrors.MissingRequiredColumn(Language.Ja, at, "ItemId", "'ItemId'").Message);
            var twice = (InventoryErrors.DuplicateColumn(Language.En, at, "Answer", "Answer", "回答").Message, InventoryErrors.DuplicateColumn(Language.Ja, at, "Answer", "Answer", "回答").Message);
            foreach (var (english, japanese) in new[] { missing, twice })
            {
                AssertBothLanguages(english, japanese);
                Assert.StartsWith("Input object 3 ", english);
                Assert.DoesNotContain("file", english);
                Assert.StartsWith("3 番目の入力オブジェクト", japanese);
                Assert.DoesNotContain("ファイル", japanese);
            }
        }

        [Fact]
        public void ErrorRecordFactories_InBothLanguages_KeepTheirIdAndSpeakEach()
        {
            var type = ErrorRecordsType();
            foreach (var factory in Factories(type).Where(m => m.Name != "Inventory"))
            {
                var english = (ErrorRecord)factory.Invoke(null, Arguments(factory, Language.En))!;
                var japanese = (ErrorRecord)factory.Invoke(null, Arguments(factory, Language.Ja))!;
                Assert.Equal(factory.Name, english.FullyQualifiedErrorId);
                Assert.Equal(factory.Name, japanese.FullyQualifiedErrorId);
                AssertBothLanguages(english.ErrorDetails.Message, japanese.ErrorDetails.Message);
                AssertSaysNotTheModulesEnglish(factory, japanese);
            }
        }

        [Theory]
        [InlineData(null, "{0} 行目に ServiceName がありません")]
        [InlineData("Huge", "{0} 行目の Severity 'Huge' は Info, Low, Medium, High, Critical のいずれでもありません")]
        public void WriteReportFailed_NotAFinding_SaysTheRowAndWhatItLacksInEachLanguage(string? value, string japaneseSaying)
        {
            var exception = value is null
                ? new NotAFindingException(7, "ServiceName", null, new[] { "ServiceName", "RuleId", "Severity", "Fingerprint" })
                : new NotAFindingException(7, "Severity", value, Enum.GetNames(typeof(CloudResponsibility.Audit.FindingSeverity)));
            var factory = Factories(ErrorRecordsType()).Single(m => m.Name == "WriteReportFailed" && m.GetParameters()[1].ParameterType == typeof(NotAFindingException));
            var english = (ErrorRecord)factory.Invoke(null, new object[] { Language.En, exception, "/tmp/audit.sarif", ReportFormat.Sarif })!;
            var japanese = (ErrorRecord)factory.Invoke(null, new object[] { Language.Ja, exception, "/tmp/audit.sarif", ReportFormat.Sarif })!;
            Assert.Equal("WriteReportFailed", japanese.FullyQualifiedErrorId);
            Assert.Contains(value is null ? "row 7 has no ServiceName. Every row needs ServiceName, RuleId, Severity, Fingerprint" : "row 7 has 'Huge' as its Severity, which is none of Info, Low", english.ErrorDetails.Message);
            Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, japaneseSaying, 7), japanese.ErrorDetails.Message);
            Assert.Contains("Sarif", japanese.ErrorDetails.Message);
            Assert.DoesNotContain("Not a findings report", japanese.ErrorDetails.Message);
        }

        /// <summary>
        /// A message in Japanese does not carry the English text of the module's own exception (its
        /// <see cref="Exception.Message"/> is for callers of the library): the factory words the
        /// exception's facts itself. The catalog's validation problems are the exception, listed as the
        /// validator words them for the catalog's authors.
        /// </summary>
        private static void AssertSaysNotTheModulesEnglish(MethodInfo factory, ErrorRecord japanese)
        {
            var exception = japanese.Exception;
            if (exception.GetType().Namespace?.StartsWith("CloudResponsibility", StringComparison.Ordinal) != true || exception is CatalogValidationException) return;
            Assert.False(japanese.ErrorDetails.Message.Contains(exception.Message), $"{factory} puts the English '{exception.Message}' in its Japanese message.");
        }

        private static Type ErrorRecordsType() =>
            MessageResourcesTests.CmdletAssembly().GetType("CloudResponsibility.PowerShell.Commands.ErrorRecords", throwOnError: true)!;

        private static IEnumerable<MethodInfo> Factories(Type type) =>
            type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.DeclaringType == type);

        private static TheoryData<string> Names(params Type[] types)
        {
            var data = new TheoryData<string>();
            foreach (var name in types.SelectMany(Factories).Select(m => m.Name).Distinct()) data.Add(name);
            return data;
        }

        private static (string Id, string Message) IdAndMessage(object problem) => problem switch
        {
            InventoryError error => (error.ErrorId, error.Message),
            InventoryWarning warning => (warning.WarningId, warning.Message),
            _ => throw new InvalidOperationException(problem.GetType().Name),
        };

        private static void AssertBothLanguages(string english, string japanese)
        {
            Assert.False(string.IsNullOrWhiteSpace(english));
            Assert.NotEqual(english, japanese);
            Assert.Contains(japanese, c => (c >= '\u3040' && c <= '\u30FF') || (c >= '\u4E00' && c <= '\u9FFF'));
        }

        /// <summary>Arguments of the kinds the factories take, the language first.</summary>
        private static object?[] Arguments(MethodInfo factory, Language language) =>
            factory.GetParameters().Select(p => Argument(p.ParameterType, p.Name!, language)).ToArray();

        private static object? Argument(Type type, string name, Language language)
        {
            if (type == typeof(Language)) return language;
            if (type == typeof(string)) return name == "kindKey" ? "KindThreat" : "value-of-" + name;
            if (type == typeof(object)) return "input";
            if (type == typeof(char)) return '"';
            if (type == typeof(int)) return 3;
            if (type == typeof(long)) return 2L;
            if (type == typeof(bool)) return false;
            if (type == typeof(string[])) return new[] { "Layer", "Layer" };
            if (type == typeof(InventoryColumn)) return InventoryColumn.ServiceModel;
            if (type == typeof(QuestionnaireColumn)) return QuestionnaireColumn.ItemId;
            if (type == typeof(CaiqColumn)) return CaiqColumn.Ownership;
            if (type == typeof(IEnumerable<string>)) return new[] { "Introduction", "Answers" };
            if (type == typeof(ServiceModel)) return ServiceModel.IaaS;
            if (type == typeof(CloudService)) return new CloudService("kintone", ServiceModel.SaaS);
            if (type == typeof(DataLocationConflict))
                return DataLocationConflict.Find(new CloudService("kintone", ServiceModel.SaaS, dataLocation: new ValueList<string>(new[] { "JP" })),
                    new AnswerRecord("kintone", "CHK-TE-05.4", VendorAnswer.Yes, comment: "US (us-east-1)"))!;
            if (type == typeof(RowLocation?)) return new RowLocation("2025.csv", 3, null);
            if (type == typeof(IReadOnlyList<string>)) return new[] { "ISO 9001" };
            if (type == typeof(IEnumerable<Certification>)) return CloudCatalog.Default.In(language).Questionnaire.Certifications;
            if (type == typeof(RowLocation)) return new RowLocation("inventory.csv", 4, 6);
            if (type == typeof(InventoryError)) return InventoryErrors.TruncatedFile(language, new RowLocation("inventory.csv", 17, null), 2, 11, "Heroku,Sales");
            if (type == typeof(ContractOverrideError)) return new ContractOverrideError("Data", ContractOverrideProblem.NotLayerEqualsOwner, "Data");
            if (type == typeof(CatalogValidationException)) return new CatalogValidationException(new[] { "a problem" });
            if (type == typeof(ReportHeaderMismatchException)) return new ReportHeaderMismatchException(new[] { "A" }, new[] { "B" });
            if (type == typeof(ReportHeaderNotFoundException)) return new ReportHeaderNotFoundException("/tmp/a.csv", 1024);
            if (type == typeof(ReportEncodingMismatchException)) return new ReportEncodingMismatchException("/tmp/a.csv", System.Text.Encoding.Unicode, System.Text.Encoding.UTF8);
            if (type == typeof(UnknownColumnException)) return new UnknownColumnException(new[] { "Nope" }, new[] { "Layer" });
            if (type == typeof(NotAFindingException)) return new NotAFindingException(3, "Severity", "Huge", new[] { "Info", "Low" });
            if (type == typeof(ReportFormat)) return ReportFormat.JUnit;
            if (type == typeof(ArgumentException)) return new ArgumentException("bad");
            if (type == typeof(Exception)) return new IOException("disk full");
            if (type == typeof(System.Text.Encoding)) return System.Text.Encoding.UTF8;
            if (type == typeof(TimeSpan)) return TimeSpan.FromDays(-5);
            // The cmdlets' own attribute, internal to their assembly.
            if (type.Name == "DaysRangeAttribute") return Activator.CreateInstance(type, 1d, 36500d);
            throw new InvalidOperationException($"No test argument for a {type.Name} ({name}).");
        }
    }
}

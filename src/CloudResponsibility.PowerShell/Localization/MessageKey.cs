namespace CloudResponsibility.PowerShell.Localization
{
    /// <summary>The keys of the cmdlets' messages (see <see cref="Messages"/>).</summary>
    internal static class MessageKey
    {
        // Error records, under their error IDs (UnknownCatalogId is reported as UnknownId).
        public const string UnknownId = nameof(UnknownId);
        public const string UnknownCatalogId = nameof(UnknownCatalogId);
        public const string UnsupportedInput = nameof(UnsupportedInput);
        public const string CatalogInvalid = nameof(CatalogInvalid);
        public const string InvalidLanguagePreference = nameof(InvalidLanguagePreference);
        public const string PathNotFound = nameof(PathNotFound);
        public const string ReadInventoryFailed = nameof(ReadInventoryFailed);
        public const string UnknownEncoding = nameof(UnknownEncoding);
        public const string InvalidDelimiter = nameof(InvalidDelimiter);
        public const string OverrideFileNotFound = nameof(OverrideFileNotFound);
        public const string UnknownReportFormat = nameof(UnknownReportFormat);
        public const string AppendNotSupported = nameof(AppendNotSupported);
        public const string FileExists = nameof(FileExists);
        public const string FileReadOnly = nameof(FileReadOnly);
        public const string OpenReportFailed = nameof(OpenReportFailed);
        public const string WriteReportFailed = nameof(WriteReportFailed);
        public const string AppendHeaderMismatch = nameof(AppendHeaderMismatch);
        public const string AppendHeaderNotFound = nameof(AppendHeaderNotFound);
        public const string AppendEncodingMismatch = nameof(AppendEncodingMismatch);
        public const string UnknownColumn = nameof(UnknownColumn);
        public const string InvalidColumnList = nameof(InvalidColumnList);
        public const string IncompatibleParameters = nameof(IncompatibleParameters);
        public const string ReadQuestionnaireFailed = nameof(ReadQuestionnaireFailed);
        public const string ReadCaiqFailed = nameof(ReadCaiqFailed);

        // Warnings.
        public const string DroppedColumns = nameof(DroppedColumns);
        public const string UnrepresentableCells = nameof(UnrepresentableCells);
        public const string ReportCell = nameof(ReportCell);
        public const string ReportCellLength = nameof(ReportCellLength);
        public const string CellsCutToExcelLimit = nameof(CellsCutToExcelLimit);
        public const string ReportContinuedOnSheets = nameof(ReportContinuedOnSheets);
        public const string NoItemApplies = nameof(NoItemApplies);

        // Verbose lines.
        public const string InventoryRead = nameof(InventoryRead);
        public const string CaiqRead = nameof(CaiqRead);
        public const string BulkExported = nameof(BulkExported);
        public const string OverridesRead = nameof(OverridesRead);
        public const string ReportWritten = nameof(ReportWritten);
        public const string NothingAppended = nameof(NothingAppended);
        public const string EmptyInputSkipped = nameof(EmptyInputSkipped);
        public const string QuestionnaireRead = nameof(QuestionnaireRead);
        public const string QuestionnaireSupersededError = nameof(QuestionnaireSupersededError);
        public const string DisclosureJudged = nameof(DisclosureJudged);
        public const string CaiqJudged = nameof(CaiqJudged);
        public const string QuestionnaireItemsLeftOut = nameof(QuestionnaireItemsLeftOut);

        // What -WhatIf and -Confirm say a cmdlet would do.
        public const string ActionWriteReport = nameof(ActionWriteReport);
        public const string ActionAppendReport = nameof(ActionAppendReport);
        public const string ActionCreateQuestionnaire = nameof(ActionCreateQuestionnaire);

        // Setting a property of the module's objects.
        public const string PropertyReadOnly = nameof(PropertyReadOnly);

        // What a catalog cmdlet's entries are called in its messages.
        public const string KindThreat = nameof(KindThreat);
        public const string KindProviderControl = nameof(KindProviderControl);
        public const string KindCheckItem = nameof(KindCheckItem);
        public const string KindDisclosureItem = nameof(KindDisclosureItem);
        public const string KindLegalConsideration = nameof(KindLegalConsideration);
        public const string KindServiceModel = nameof(KindServiceModel);
        public const string KindDeploymentModel = nameof(KindDeploymentModel);
        public const string KindResponsibilityNote = nameof(KindResponsibilityNote);

        // Invoke-CloudAudit: what it reads, its progress and its verdict.
        public const string AuditSuppressionsRead = nameof(AuditSuppressionsRead);
        public const string AuditBaselineRead = nameof(AuditBaselineRead);
        public const string AuditBaselineMissing = nameof(AuditBaselineMissing);
        public const string AuditQuestionnairesRead = nameof(AuditQuestionnairesRead);
        public const string AuditProgressActivity = nameof(AuditProgressActivity);
        public const string AuditProgressQuestionnaires = nameof(AuditProgressQuestionnaires);
        public const string AuditProgressServices = nameof(AuditProgressServices);
        public const string AuditCompleted = nameof(AuditCompleted);
        public const string AuditFailed = nameof(AuditFailed);
        public const string AuditPassed = nameof(AuditPassed);

        // Invoke-CloudAudit's errors.
        public const string ReadBaselineFailed = nameof(ReadBaselineFailed);
        public const string AuditInventoryEmpty = nameof(AuditInventoryEmpty);
        public const string AuditInventoryTruncated = nameof(AuditInventoryTruncated);
        public const string AuditNothingPiped = nameof(AuditNothingPiped);

        // Export-ResponsibilityMatrix's errors.
        public const string ReportInventoryEmpty = nameof(ReportInventoryEmpty);
        public const string ImportInventoryEmpty = nameof(ImportInventoryEmpty);

        // A questionnaire with no answer (Test-VendorDisclosure, Compare-VendorDisclosure), and a side that cannot be read in full.
        public const string QuestionnaireEmpty = nameof(QuestionnaireEmpty);
        public const string QuestionnaireNothingPiped = nameof(QuestionnaireNothingPiped);
        public const string CompareNothingRead = nameof(CompareNothingRead);
        public const string CompareServicesNotCompared = nameof(CompareServicesNotCompared);

        // Export-ThreatModel.
        public const string ThreatModelNeedsFolder = nameof(ThreatModelNeedsFolder);
        public const string ThreatModelNoService = nameof(ThreatModelNoService);
        public const string ThreatModelBuildFailed = nameof(ThreatModelBuildFailed);
        public const string ActionNewFolder = nameof(ActionNewFolder);
        public const string ErrorOfService = nameof(ErrorOfService);

        // Pipeline input that is not a row.
        public const string NotARecord = nameof(NotARecord);
        public const string NotAFindingMissing = nameof(NotAFindingMissing);
        public const string NotAFindingValue = nameof(NotAFindingValue);
        public const string NestedValueAsText = nameof(NestedValueAsText);
        public const string OverrideServiceNotInInventory = nameof(OverrideServiceNotInInventory);

        // Paths that are not files.
        public const string NotFileSystemPath = nameof(NotFileSystemPath);
        public const string PathIsDirectory = nameof(PathIsDirectory);
        public const string ReportFolderNotFound = nameof(ReportFolderNotFound);

        // Parameter values checked by the module rather than by a set or a pattern.
        public const string InvalidHomeCountry = nameof(InvalidHomeCountry);
        public const string HomeCountryIsUnion = nameof(HomeCountryIsUnion);
        public const string InvalidLanguage = nameof(InvalidLanguage);
        public const string DaysOutOfRange = nameof(DaysOutOfRange);
    }
}

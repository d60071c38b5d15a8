namespace CloudResponsibility.Localization
{
    /// <summary>The keys of the domain library's messages (see <see cref="Messages"/>).</summary>
    internal static class MessageKey
    {
        // Where a row is: "Row 5 (line 7) of 'inventory.csv'", with the parts that are known.
        public const string LocationRowLineFile = nameof(LocationRowLineFile);
        public const string LocationRowFile = nameof(LocationRowFile);
        public const string LocationRowLine = nameof(LocationRowLine);
        public const string LocationRow = nameof(LocationRow);
        public const string LocationFile = nameof(LocationFile);
        public const string LocationNone = nameof(LocationNone);
        public const string LocationInputObject = nameof(LocationInputObject);

        // The inventory's errors, by ID; a header's own variant where the consequence differs.
        public const string MissingRequiredColumn = nameof(MissingRequiredColumn);
        public const string MissingRequiredProperty = nameof(MissingRequiredProperty);
        public const string Utf16WithoutMarkHint = nameof(Utf16WithoutMarkHint);
        public const string DuplicateColumn = nameof(DuplicateColumn);
        public const string DuplicateProperty = nameof(DuplicateProperty);
        public const string MissingRequiredValue = nameof(MissingRequiredValue);
        public const string UnknownServiceModel = nameof(UnknownServiceModel);
        public const string UnknownDeploymentModel = nameof(UnknownDeploymentModel);
        public const string InvalidBoolean = nameof(InvalidBoolean);
        public const string UnknownCountry = nameof(UnknownCountry);
        public const string UnknownCountryPart = nameof(UnknownCountryPart);
        public const string MultipleCountries = nameof(MultipleCountries);
        public const string ContractOverrideForm = nameof(ContractOverrideForm);
        public const string ContractOverrideLayer = nameof(ContractOverrideLayer);
        public const string ContractOverrideOwner = nameof(ContractOverrideOwner);
        public const string ContractOverrideRepeatedLayer = nameof(ContractOverrideRepeatedLayer);
        public const string WrongColumnCount = nameof(WrongColumnCount);
        public const string UnbalancedQuote = nameof(UnbalancedQuote);
        public const string UnbalancedQuoteInHeader = nameof(UnbalancedQuoteInHeader);
        public const string RecordTooLarge = nameof(RecordTooLarge);
        public const string RecordTooLargeInHeader = nameof(RecordTooLargeInHeader);
        public const string UnclosedQuoteToEnd = nameof(UnclosedQuoteToEnd);
        public const string UndecodableText = nameof(UndecodableText);
        public const string TruncatedFileRow = nameof(TruncatedFileRow);
        public const string TruncatedFileQuote = nameof(TruncatedFileQuote);
        public const string TruncatedFileCharacter = nameof(TruncatedFileCharacter);
        public const string TruncatedFileCutOff = nameof(TruncatedFileCutOff);

        // A contract-override file's errors.
        public const string OverrideFileMissingColumn = nameof(OverrideFileMissingColumn);
        public const string OverrideFileEmptyServiceName = nameof(OverrideFileEmptyServiceName);
        public const string OverrideFileUnknownLayer = nameof(OverrideFileUnknownLayer);
        public const string OverrideFileUnknownOwner = nameof(OverrideFileUnknownOwner);
        public const string OverrideFileConflict = nameof(OverrideFileConflict);

        // The inventory's warnings.
        public const string DuplicateServiceName = nameof(DuplicateServiceName);
        public const string DuplicateCheckLimited = nameof(DuplicateCheckLimited);

        // A questionnaire's errors and warnings (Disclosure/).
        public const string QuestionnaireMissingValue = nameof(QuestionnaireMissingValue);
        public const string QuestionnaireServiceModelUnknown = nameof(QuestionnaireServiceModelUnknown);
        public const string UnknownAnswer = nameof(UnknownAnswer);
        public const string InvalidDate = nameof(InvalidDate);
        public const string DuplicateItemId = nameof(DuplicateItemId);
        public const string ConflictingServiceModel = nameof(ConflictingServiceModel);
        public const string TheInventory = nameof(TheInventory);
        public const string UnknownCertification = nameof(UnknownCertification);

        // A questionnaire result's message, one per DisclosureReason, and who owns a gap in words.
        public const string ResultAnsweredYes = nameof(ResultAnsweredYes);
        public const string ResultAnsweredNo = nameof(ResultAnsweredNo);
        public const string ResultAnsweredPartial = nameof(ResultAnsweredPartial);
        public const string ResultNotApplicableAccepted = nameof(ResultNotApplicableAccepted);
        public const string ResultNotApplicableNotAccepted = nameof(ResultNotApplicableNotAccepted);
        public const string ResultNotApplicableToModel = nameof(ResultNotApplicableToModel);
        public const string ResultBlankAnswer = nameof(ResultBlankAnswer);
        public const string ResultNoRow = nameof(ResultNoRow);
        public const string DataLocationNotInInventory = nameof(DataLocationNotInInventory);
        public const string DataLocationNoneGiven = nameof(DataLocationNoneGiven);
        public const string ResultUnreadableAnswer = nameof(ResultUnreadableAnswer);
        public const string ResultUnreadableValidUntil = nameof(ResultUnreadableValidUntil);
        public const string ResultValidityExpired = nameof(ResultValidityExpired);
        public const string ResultEvidenceMissing = nameof(ResultEvidenceMissing);
        public const string ResultUnknownItemId = nameof(ResultUnknownItemId);
        public const string ResultNotAQuestionnaireLine = nameof(ResultNotAQuestionnaireLine);
        public const string ResultNotDisclosed = nameof(ResultNotDisclosed);
        public const string ResultPartlyDisclosed = nameof(ResultPartlyDisclosed);
        public const string ResultOfferingDescribed = nameof(ResultOfferingDescribed);
        public const string GapOwnerCustomer = nameof(GapOwnerCustomer);
        public const string GapOwnerProvider = nameof(GapOwnerProvider);
        public const string GapOwnerShared = nameof(GapOwnerShared);

        // Results judged from a vendor's CAIQ through the CCM crosswalk.
        public const string CaiqNoQuestion = nameof(CaiqNoQuestion);
        public const string CaiqNoCcmCounterpart = nameof(CaiqNoCcmCounterpart);
        public const string CaiqUnmapped = nameof(CaiqUnmapped);
        public const string CaiqUnmappedUnknownControl = nameof(CaiqUnmappedUnknownControl);
        public const string CaiqOwnershipMismatch = nameof(CaiqOwnershipMismatch);
        public const string CaiqOwnershipReview = nameof(CaiqOwnershipReview);
        public const string CaiqOwnerGeneralSplit = nameof(CaiqOwnerGeneralSplit);
        public const string CaiqOwnerClause = nameof(CaiqOwnerClause);

        // A legal point's reason (which attributes, which values) and, in a finding, the law as it stands.
        public const string LegalReasonFlag = nameof(LegalReasonFlag);
        public const string LegalReasonIs = nameof(LegalReasonIs);
        public const string LegalReasonIncludes = nameof(LegalReasonIncludes);
        public const string LegalReasonValueSeparator = nameof(LegalReasonValueSeparator);
        public const string LegalReasonLastValueSeparator = nameof(LegalReasonLastValueSeparator);
        public const string LegalReasonSeparator = nameof(LegalReasonSeparator);
        public const string LegalFindingLaw = nameof(LegalFindingLaw);

        // The audit's errors and warnings (Audit/): suppressions, the baseline, questionnaires.
        public const string SuppressionMissingColumn = nameof(SuppressionMissingColumn);
        public const string SuppressionMissingValue = nameof(SuppressionMissingValue);
        public const string SuppressionMissingJustification = nameof(SuppressionMissingJustification);
        public const string SuppressionInvalidDate = nameof(SuppressionInvalidDate);
        public const string SuppressionExpired = nameof(SuppressionExpired);
        public const string BaselineMissingColumn = nameof(BaselineMissingColumn);
        public const string BaselineInvalidValue = nameof(BaselineInvalidValue);
        public const string BaselineEmpty = nameof(BaselineEmpty);
        public const string QuestionnaireServiceNotInInventory = nameof(QuestionnaireServiceNotInInventory);
        public const string InventoryColumnMissing = nameof(InventoryColumnMissing);
        public const string InventoryColumnMissingNoCandidate = nameof(InventoryColumnMissingNoCandidate);
        public const string QuestionnaireFolderEmpty = nameof(QuestionnaireFolderEmpty);
        public const string QuestionnaireHasNoAnswer = nameof(QuestionnaireHasNoAnswer);

        // The findings reports' own labels (Output/Formats: Markdown, Html).
        public const string ReportTitle = nameof(ReportTitle);
        public const string ReportAsOf = nameof(ReportAsOf);
        public const string ReportAsOfAudited = nameof(ReportAsOfAudited);
        public const string ReportFindingsNotGiven = nameof(ReportFindingsNotGiven);
        public const string ReportFileFindings = nameof(ReportFileFindings);
        public const string ReportFileSubject = nameof(ReportFileSubject);
        public const string ReportQuestionnaireFiles = nameof(ReportQuestionnaireFiles);
        public const string ReportServicesWithoutFindings = nameof(ReportServicesWithoutFindings);
        public const string ReportColumnVendor = nameof(ReportColumnVendor);
        public const string ReportColumnRulesEvaluated = nameof(ReportColumnRulesEvaluated);
        public const string ReportSummary = nameof(ReportSummary);
        public const string ReportMatrix = nameof(ReportMatrix);
        public const string ReportResponsibilityMatrix = nameof(ReportResponsibilityMatrix);
        public const string ReportOverridden = nameof(ReportOverridden);
        public const string ReportOverriddenBy = nameof(ReportOverriddenBy);
        public const string ReportOwnerCustomer = nameof(ReportOwnerCustomer);
        public const string ReportOwnerProvider = nameof(ReportOwnerProvider);
        public const string ReportOwnerShared = nameof(ReportOwnerShared);
        public const string ReportColumnSource = nameof(ReportColumnSource);
        public const string ReportSeverityCritical = nameof(ReportSeverityCritical);
        public const string ReportSeverityHigh = nameof(ReportSeverityHigh);
        public const string ReportSeverityMedium = nameof(ReportSeverityMedium);
        public const string ReportSeverityLow = nameof(ReportSeverityLow);
        public const string ReportSeverityInfo = nameof(ReportSeverityInfo);
        public const string ReportStatusNew = nameof(ReportStatusNew);
        public const string ReportStatusUnchanged = nameof(ReportStatusUnchanged);
        public const string ReportStatusWorsened = nameof(ReportStatusWorsened);
        public const string ReportStatusResolved = nameof(ReportStatusResolved);
        public const string ReportStatusSuppressed = nameof(ReportStatusSuppressed);
        public const string ReportStatusUnverified = nameof(ReportStatusUnverified);
        public const string ReportStatusReopened = nameof(ReportStatusReopened);
        public const string ReportWorstAndCount = nameof(ReportWorstAndCount);
        public const string ReportColumnOpen = nameof(ReportColumnOpen);
        public const string ReportFindings = nameof(ReportFindings);
        public const string ReportFilter = nameof(ReportFilter);
        public const string ReportShown = nameof(ReportShown);
        public const string ReportTotal = nameof(ReportTotal);
        public const string ReportAll = nameof(ReportAll);
        public const string ReportNoFindings = nameof(ReportNoFindings);
        public const string ReportNothingTitle = nameof(ReportNothingTitle);
        public const string ReportNothingToReport = nameof(ReportNothingToReport);
        public const string ReportWrittenOn = nameof(ReportWrittenOn);
        public const string ReportColumnService = nameof(ReportColumnService);
        public const string ReportColumnRule = nameof(ReportColumnRule);
        public const string ReportColumnSeverity = nameof(ReportColumnSeverity);
        public const string ReportColumnStatus = nameof(ReportColumnStatus);
        public const string ReportColumnTitle = nameof(ReportColumnTitle);
        public const string ReportColumnOwner = nameof(ReportColumnOwner);
        public const string ReportColumnServiceOwner = nameof(ReportColumnServiceOwner);
        public const string ReportColumnEvidence = nameof(ReportColumnEvidence);
        public const string ReportColumnDetail = nameof(ReportColumnDetail);
        public const string ReportColumnAction = nameof(ReportColumnAction);
        public const string ReportAction = nameof(ReportAction);
        public const string ReportFindingHeadline = nameof(ReportFindingHeadline);
        public const string ReportFindingMessage = nameof(ReportFindingMessage);
        public const string FindingTitleOfSubject = nameof(FindingTitleOfSubject);
        public const string FindingSubjectNamed = nameof(FindingSubjectNamed);
        public const string ReportColumnModel = nameof(ReportColumnModel);
        public const string ReportFamilyLEG = nameof(ReportFamilyLEG);
        public const string ReportFamilyVND = nameof(ReportFamilyVND);
        public const string ReportFamilyQST = nameof(ReportFamilyQST);
        public const string ReportFamilyOWN = nameof(ReportFamilyOWN);
        public const string ReportFamilyINV = nameof(ReportFamilyINV);
        public const string ReportFamilyTHR = nameof(ReportFamilyTHR);
        public const string ReportSuppressed = nameof(ReportSuppressed);
        public const string ReportSuppressionExpired = nameof(ReportSuppressionExpired);
        // Export-ThreatModel's files: labels of the Markdown, Threat Dragon and OTM models.
        public const string ThreatModelTitle = nameof(ThreatModelTitle);
        public const string ThreatModelVendor = nameof(ThreatModelVendor);
        public const string ThreatModelServiceModel = nameof(ThreatModelServiceModel);
        public const string ThreatModelDeploymentModel = nameof(ThreatModelDeploymentModel);
        public const string ThreatModelCatalogVersion = nameof(ThreatModelCatalogVersion);
        public const string ThreatModelNotRecorded = nameof(ThreatModelNotRecorded);
        public const string ThreatModelMatrix = nameof(ThreatModelMatrix);
        public const string ThreatModelLayer = nameof(ThreatModelLayer);
        public const string ThreatModelOwner = nameof(ThreatModelOwner);
        public const string ThreatModelClause = nameof(ThreatModelClause);
        public const string ThreatModelThreats = nameof(ThreatModelThreats);
        public const string ThreatModelRelevance = nameof(ThreatModelRelevance);
        public const string ThreatModelAttackTechniques = nameof(ThreatModelAttackTechniques);
        public const string ThreatModelProviderMitigations = nameof(ThreatModelProviderMitigations);
        public const string ThreatModelCustomerMitigations = nameof(ThreatModelCustomerMitigations);
        public const string ThreatModelResidualOwner = nameof(ThreatModelResidualOwner);
        public const string ThreatModelVerifiedBy = nameof(ThreatModelVerifiedBy);
        public const string ThreatModelNoCheck = nameof(ThreatModelNoCheck);
        public const string ThreatModelVerified = nameof(ThreatModelVerified);
        public const string ThreatModelUnverified = nameof(ThreatModelUnverified);
        public const string ThreatModelNone = nameof(ThreatModelNone);
        public const string ThreatModelOpenQuestions = nameof(ThreatModelOpenQuestions);
        public const string ThreatModelNoQuestions = nameof(ThreatModelNoQuestions);
        public const string ThreatModelCustomer = nameof(ThreatModelCustomer);
        public const string ThreatModelProvider = nameof(ThreatModelProvider);
        public const string ThreatModelServiceData = nameof(ThreatModelServiceData);
        public const string ThreatModelFlowUse = nameof(ThreatModelFlowUse);
        public const string ThreatModelFlowData = nameof(ThreatModelFlowData);
        public const string ThreatModelBoundary = nameof(ThreatModelBoundary);
        public const string ThreatModelDiagram = nameof(ThreatModelDiagram);
        // A workbook's own errors, and where in it a row's error is.
        public const string WorkbookEncrypted = nameof(WorkbookEncrypted);
        public const string WorkbookCorrupt = nameof(WorkbookCorrupt);
        public const string WorkbookPartMissing = nameof(WorkbookPartMissing);
        public const string WorksheetNotFound = nameof(WorksheetNotFound);
        public const string WorkbookCellPlace = nameof(WorkbookCellPlace);
        public const string WorkbookSheetPlace = nameof(WorkbookSheetPlace);

        // A vendor's CAIQ (Import-Caiq).
        public const string CaiqUnknownAnswer = nameof(CaiqUnknownAnswer);
        public const string CaiqUnknownOwnership = nameof(CaiqUnknownOwnership);
        public const string CaiqMalformedQuestionId = nameof(CaiqMalformedQuestionId);
        public const string CaiqMissingQuestionId = nameof(CaiqMissingQuestionId);
        public const string CaiqDuplicateQuestionId = nameof(CaiqDuplicateQuestionId);
        public const string CaiqNoSheet = nameof(CaiqNoSheet);
        public const string CaiqNoHeader = nameof(CaiqNoHeader);
    }
}

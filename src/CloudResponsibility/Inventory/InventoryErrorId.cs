namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// The stable IDs of <see cref="InventoryError.ErrorId"/>. They never change with the language
    /// of the messages: scripts and tests match them.
    /// </summary>
    public static class InventoryErrorId
    {
        /// <summary>The header lacks ServiceName or ServiceModel; the file yields nothing more.</summary>
        public const string MissingRequiredColumn = nameof(MissingRequiredColumn);

        /// <summary>Two headers name the same column (say Vendor and ベンダー); the file yields nothing more.</summary>
        public const string DuplicateColumn = nameof(DuplicateColumn);

        /// <summary>A row's ServiceName or ServiceModel cell is empty.</summary>
        public const string MissingRequiredValue = nameof(MissingRequiredValue);

        /// <summary>A ServiceModel cell is not SaaS, PaaS, IaaS or OnPremises.</summary>
        public const string UnknownServiceModel = nameof(UnknownServiceModel);

        /// <summary>A DeploymentModel cell is not Private, Community, Public or Hybrid.</summary>
        public const string UnknownDeploymentModel = nameof(UnknownDeploymentModel);

        /// <summary>A yes/no cell holds something else.</summary>
        public const string InvalidBoolean = nameof(InvalidBoolean);

        /// <summary>A DataLocation or VendorCountry cell names something that is not a country.</summary>
        public const string UnknownCountry = nameof(UnknownCountry);

        /// <summary>A VendorCountry cell names more than one country.</summary>
        public const string MultipleCountries = nameof(MultipleCountries);

        /// <summary>A ContractOverrides item is not Layer=Owner[:clause], or sets a layer twice.</summary>
        public const string InvalidContractOverride = nameof(InvalidContractOverride);

        /// <summary>A row has fewer cells than the header, or more with something in the extra ones.</summary>
        public const string WrongColumnCount = nameof(WrongColumnCount);

        /// <summary>A row has bytes the file's encoding (detected or given) cannot decode; the file yields nothing more.</summary>
        public const string UndecodableText = nameof(UndecodableText);

        /// <summary>A line opens a quote it never closes, or has text after a closing quote.</summary>
        public const string UnbalancedQuote = nameof(UnbalancedQuote);

        /// <summary>
        /// The file ends in the middle of a row, as a copy or export stopped before its end leaves it:
        /// its last row has fewer cells than the header and no line break after it, a quote its last
        /// line opens is never closed, or its last character is cut. The row is not read, and any rows
        /// after it are missing: a reader of the whole (the audit) stops rather than take what it has
        /// for the file.
        /// </summary>
        public const string TruncatedFile = nameof(TruncatedFile);

        /// <summary>A record is longer than <see cref="TableReaderOptions.MaxRecordBytes"/> without an open quote to explain it.</summary>
        public const string RecordTooLarge = nameof(RecordTooLarge);

        /// <summary>A workbook that cannot be read: encrypted (password-protected), an Excel 97-2003 .xls, or damaged.</summary>
        public const string UnreadableWorkbook = nameof(UnreadableWorkbook);

        /// <summary>The workbook has no worksheet of the name asked for (-WorksheetName).</summary>
        public const string WorksheetNotFound = nameof(WorksheetNotFound);
    }
}

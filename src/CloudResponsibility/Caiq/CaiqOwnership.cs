namespace CloudResponsibility.Caiq
{
    /// <summary>
    /// Who the vendor declares owns a control: the "SSRM Control Ownership" column of a CAIQ v4, in
    /// the vocabulary of CSA's shared security responsibility model.
    /// </summary>
    public enum CaiqOwnership
    {
        /// <summary>CSP-owned: the provider alone.</summary>
        CspOwned,
        /// <summary>CSC-owned: the customer alone.</summary>
        CscOwned,
        /// <summary>Shared CSP and CSC.</summary>
        SharedCspAndCsc,
        /// <summary>Third-party outsourced.</summary>
        ThirdPartyOutsourced,
        /// <summary>Shared CSP and 3rd-party.</summary>
        SharedCspAndThirdParty,
        /// <summary>The cell is blank: the vendor declared no owner.</summary>
        Unspecified,
    }
}

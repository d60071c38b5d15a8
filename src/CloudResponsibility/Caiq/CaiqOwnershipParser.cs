using CloudResponsibility.Parsing;

namespace CloudResponsibility.Caiq
{
    /// <summary>
    /// Reads the "SSRM Control Ownership" cell as CSA spells its values — CSP-owned, CSC-owned,
    /// Shared CSP and CSC, Third-party outsourced, Shared CSP and 3rd-party — in any case, spacing
    /// and width, "3rd" and "Third" alike, and the enum's own names; a blank cell is
    /// <see cref="CaiqOwnership.Unspecified"/>.
    /// </summary>
    internal static class CaiqOwnershipParser
    {
        /// <summary>The values as messages list them.</summary>
        public const string Accepted = "CSP-owned, CSC-owned, Shared CSP and CSC, Third-party outsourced, Shared CSP and 3rd-party";

        public static bool TryParse(string? cell, out CaiqOwnership ownership)
        {
            ownership = CaiqOwnership.Unspecified;
            if (TextNormalizer.IsBlank(cell)) return true;
            switch (CaiqText.Key(cell).Replace("3rd", "third"))
            {
                case "cspowned":
                    ownership = CaiqOwnership.CspOwned;
                    return true;
                case "cscowned":
                    ownership = CaiqOwnership.CscOwned;
                    return true;
                case "sharedcspandcsc":
                case "sharedcscandcsp":
                    ownership = CaiqOwnership.SharedCspAndCsc;
                    return true;
                case "thirdpartyoutsourced":
                    ownership = CaiqOwnership.ThirdPartyOutsourced;
                    return true;
                case "sharedcspandthirdparty":
                case "sharedthirdpartyandcsp":
                    ownership = CaiqOwnership.SharedCspAndThirdParty;
                    return true;
                case "unspecified":
                    return true;
                default:
                    return false;
            }
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Caiq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Localization;
using CloudResponsibility.Model;

namespace CloudResponsibility.Disclosure.Caiq
{
    /// <summary>The messages of results judged from a CAIQ, in the language asked for.</summary>
    internal static class CaiqMessages
    {
        public static string NoQuestion(Language language, IReadOnlyList<CcmLink> links) =>
            Messages.Format(language, MessageKey.CaiqNoQuestion, string.Join(", ", links.Select(l => l.ControlId)));

        public static string NoCounterpart(Language language, string? reason) =>
            Messages.Format(language, MessageKey.CaiqNoCcmCounterpart, reason ?? string.Empty);

        public static string Unmapped(Language language, string questionId, string controlId, bool knownControl) =>
            Messages.Format(language, knownControl ? MessageKey.CaiqUnmapped : MessageKey.CaiqUnmappedUnknownControl, questionId, controlId);

        public static string Ownership(Language language, DisclosureReason reason, ValueList<CaiqOwnership> claims, Owner ours, ValueList<Layer> layers, string? clause)
        {
            var owner = Messages.Format(language, ours == Owner.Customer ? MessageKey.GapOwnerCustomer : ours == Owner.Provider ? MessageKey.GapOwnerProvider : MessageKey.GapOwnerShared);
            var decidedBy = clause is null ? Messages.Format(language, MessageKey.CaiqOwnerGeneralSplit) : Messages.Format(language, MessageKey.CaiqOwnerClause, clause);
            return Messages.Format(language, reason == DisclosureReason.OwnershipMismatch ? MessageKey.CaiqOwnershipMismatch : MessageKey.CaiqOwnershipReview,
                claims, owner, layers, decidedBy);
        }
    }
}

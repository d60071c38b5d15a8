using CloudResponsibility.Disclosure;
using CloudResponsibility.Model;

namespace CloudResponsibility.ThreatModel
{
    /// <summary>
    /// A provider measure that mitigates a threat, the checks that verify it for the service's model,
    /// and, when the vendor's answers were given, whether they verify it. Prints as its control ID.
    /// </summary>
    public sealed class ProviderMitigation
    {
        internal ProviderMitigation(string controlId, string name, ValueList<string> checkItemIds, MitigationVerification verification, DisclosureOutcome? outcome)
        {
            ControlId = controlId;
            Name = name;
            CheckItemIds = checkItemIds;
            Verification = verification;
            Outcome = outcome;
        }

        /// <summary>The measure's ID (<c>CTL-T-05</c>).</summary>
        public string ControlId { get; }

        /// <summary>The measure's name.</summary>
        public string Name { get; }

        /// <summary>The checks that verify the measure and apply to the service's model: the questions for the vendor.</summary>
        public ValueList<string> CheckItemIds { get; }

        /// <summary>What the vendor's answers say of it.</summary>
        public MitigationVerification Verification { get; }

        /// <summary>The worst outcome among the lines that leave it unverified; null unless <see cref="Verification"/> is Unverified.</summary>
        public DisclosureOutcome? Outcome { get; }

        internal ProviderMitigation With(MitigationVerification verification, DisclosureOutcome? outcome) =>
            new ProviderMitigation(ControlId, Name, CheckItemIds, verification, outcome);

        /// <inheritdoc />
        public override string ToString() => ControlId;
    }
}

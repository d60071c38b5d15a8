using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using CloudResponsibility.Model;
using CloudResponsibility.Output;

namespace CloudResponsibility.ThreatModel
{
    /// <summary>
    /// One threat to one service (Export-ThreatModel): how much it matters to the service and the
    /// catalog rule that decided it, the provider measures that mitigate it with the checks that
    /// verify them, the layers in which the customer's duties mitigate it under the service's
    /// matrix after contract overrides, and who owns the risk that remains. Immutable.
    /// </summary>
    public sealed class ThreatModelEntry
    {
        private string? id;
        private ValueList<string>? unverified;

        internal ThreatModelEntry(
            CloudService service, CloudThreat threat, ThreatRelevanceRule rule, ValueList<ProviderMitigation> providerMitigations,
            ValueList<string> verifyingChecks, ValueList<CustomerMitigation> customerMitigations, Owner owner)
        {
            Service = service;
            Threat = threat;
            Rule = rule;
            ProviderMitigations = providerMitigations;
            VerifyingChecks = verifyingChecks;
            CustomerMitigations = customerMitigations;
            Owner = owner;
        }

        /// <summary>The service: a link, not a report column.</summary>
        public CloudService Service { get; }

        /// <summary>The catalog's threat: a link, not a report column.</summary>
        public CloudThreat Threat { get; }

        /// <summary>The catalog rule that decided <see cref="Relevance"/>: a link, not a report column.</summary>
        public ThreatRelevanceRule Rule { get; }

        /// <summary>
        /// A stable identifier of the service and threat (a UUID made from the service's name and the
        /// threat's ID): the same in every run, so threat-modelling tools and diffs follow the threat.
        /// </summary>
        [ReportColumn]
        public string Id => id ??= StableId(Service.ServiceName, Threat.Id);

        /// <summary>The service.</summary>
        [ReportColumn]
        public string ServiceName => Service.ServiceName;

        /// <summary>Its vendor.</summary>
        [ReportColumn]
        public string? Vendor => Service.Vendor;

        /// <summary>Its service model.</summary>
        [ReportColumn]
        public ServiceModel ServiceModel => Service.ServiceModel;

        /// <summary>Its deployment model.</summary>
        [ReportColumn]
        public DeploymentModel? DeploymentModel => Service.DeploymentModel;

        /// <summary>The threat's ID (<c>TH-02</c>).</summary>
        [ReportColumn]
        public string ThreatId => Threat.Id;

        /// <summary>The threat's category.</summary>
        [ReportColumn]
        public ThreatCategory Category => Threat.Category;

        /// <summary>The threat's name.</summary>
        [ReportColumn]
        public string Name => Threat.Name;

        /// <summary>The threat's description.</summary>
        [ReportColumn]
        public string Description => Threat.Description;

        /// <summary>How much the threat matters to the service.</summary>
        [ReportColumn]
        public ThreatRelevance Relevance => Rule.Relevance;

        /// <summary>The ID of the rule that decided it (<c>TR-09</c>).</summary>
        [ReportColumn]
        public string RelevanceRule => Rule.Id;

        /// <summary>Why, in the call's language.</summary>
        [ReportColumn]
        public string RelevanceRationale => Rule.Rationale;

        /// <summary>MITRE ATT&amp;CK Enterprise techniques of the threat.</summary>
        [ReportColumn]
        public ValueList<string> AttackTechniques => Threat.AttackTechniques;

        /// <summary>The provider measures that mitigate it (printed as their IDs).</summary>
        [ReportColumn]
        public ValueList<ProviderMitigation> ProviderMitigations { get; }

        /// <summary>The checks that verify those measures and apply to the service's model: the open questions for the vendor.</summary>
        [ReportColumn]
        public ValueList<string> VerifyingChecks { get; }

        /// <summary>The measures the vendor's answers leave unverified, each with the worst outcome (<c>CTL-T-05:Fail</c>); empty without -Disclosure.</summary>
        [ReportColumn]
        public ValueList<string> UnverifiedMitigations => unverified ??=
            ProviderMitigations.Any(m => m.Verification == MitigationVerification.Unverified)
                ? new ValueList<string>(ProviderMitigations.Where(m => m.Verification == MitigationVerification.Unverified).Select(m => m.ControlId + ":" + m.Outcome))
                : ValueList<string>.Empty;

        /// <summary>The layers, owned or shared by the customer for this service, in which the customer's duties mitigate it (printed as the layers).</summary>
        [ReportColumn]
        public ValueList<CustomerMitigation> CustomerMitigations { get; }

        /// <summary>
        /// Who owns the risk that remains: the owner of the layers the threat concerns under the
        /// service's matrix, after contract overrides; Shared when they have different owners, or when
        /// the customer owns them all but the provider's measures mitigate the threat in the part of the
        /// stack the provider runs (Customer only where the customer runs every layer).
        /// </summary>
        [ReportColumn]
        public Owner Owner { get; }

        /// <summary>The language of the text properties.</summary>
        [ReportColumn]
        public Language Language => Threat.Language;

        /// <summary>A UUID (RFC 4122 version 5 layout) from a SHA-1 of the service's name and the threat's ID.</summary>
        internal static string StableId(string serviceName, string threatId)
        {
            var name = Encoding.UTF8.GetBytes("CloudResponsibility/threat-model\n" + serviceName + "\n" + threatId);
#if NETFRAMEWORK
            byte[] hash;
            using (var sha1 = SHA1.Create())
                hash = sha1.ComputeHash(name);
#else
            var hash = SHA1.HashData(name);
#endif
            hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
            hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
            var hex = new StringBuilder(36);
            for (var i = 0; i < 16; i++)
            {
                if (i == 4 || i == 6 || i == 8 || i == 10) hex.Append('-');
                hex.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
            return hex.ToString();
        }

        /// <inheritdoc />
        public override string ToString() => $"{ServiceName}/{ThreatId}: {Relevance}";
    }
}

using System.Linq;
using CloudResponsibility.Output;

namespace CloudResponsibility.Model
{
    /// <summary>
    /// A rule of the catalog (threat-relevance.csv) that decides how much a threat matters to a
    /// service, with its rationale: it matches a service whose service model, deployment model and
    /// data flags are among those it lists (an empty list matches any). A threat's first matching
    /// rule, in catalog order, decides.
    /// </summary>
    public sealed class ThreatRelevanceRule
    {
        /// <summary>Creates a rule.</summary>
        public ThreatRelevanceRule(
            string id, string threatId, ValueList<ServiceModel> serviceModels, ValueList<DeploymentModel> deploymentModels,
            ValueList<DataFlag> dataFlags, ThreatRelevance relevance, Language language, string rationale, string source)
        {
            Id = id;
            ThreatId = threatId;
            ServiceModels = serviceModels;
            DeploymentModels = deploymentModels;
            DataFlags = dataFlags;
            Relevance = relevance;
            Language = language;
            Rationale = rationale;
            Source = source;
        }

        /// <summary>The rule's stable ID (<c>TR-01</c>).</summary>
        [ReportColumn]
        public string Id { get; }

        /// <summary>The threat it decides for.</summary>
        [ReportColumn]
        public string ThreatId { get; }

        /// <summary>The service models it matches; any when empty.</summary>
        [ReportColumn]
        public ValueList<ServiceModel> ServiceModels { get; }

        /// <summary>The deployment models it matches; any, a service without one included, when empty.</summary>
        [ReportColumn]
        public ValueList<DeploymentModel> DeploymentModels { get; }

        /// <summary>The data flags of which one must be yes for the service; any service when empty.</summary>
        [ReportColumn]
        public ValueList<DataFlag> DataFlags { get; }

        /// <summary>The relevance it gives.</summary>
        [ReportColumn]
        public ThreatRelevance Relevance { get; }

        /// <summary>Why, in <see cref="Language"/>.</summary>
        [ReportColumn]
        public string Rationale { get; }

        /// <summary>The sources the rule rests on.</summary>
        [ReportColumn]
        public string Source { get; }

        /// <summary>The language of <see cref="Rationale"/>.</summary>
        [ReportColumn]
        public Language Language { get; }

        /// <summary>Whether the rule has no condition: it matches every service.</summary>
        public bool IsDefault => ServiceModels.Count == 0 && DeploymentModels.Count == 0 && DataFlags.Count == 0;

        /// <summary>Whether the rule matches the service.</summary>
        public bool Matches(CloudService service)
        {
            if (ServiceModels.Count > 0 && !ServiceModels.Contains(service.ServiceModel)) return false;
            if (DeploymentModels.Count > 0 && (service.DeploymentModel is not { } deployment || !DeploymentModels.Contains(deployment))) return false;
            return DataFlags.Count == 0 || DataFlags.Any(flag => IsSet(service, flag));
        }

        private static bool IsSet(CloudService service, DataFlag flag) => flag switch
        {
            DataFlag.PersonalData => service.PersonalData == true,
            DataFlag.EuPersonalData => service.EuPersonalData == true,
            DataFlag.MedicalData => service.MedicalData == true,
            DataFlag.ExportControlled => service.ExportControlled == true,
            _ => false,
        };

        /// <inheritdoc />
        public override string ToString() => Id;
    }
}

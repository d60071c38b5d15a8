using System.Collections.Generic;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;

namespace CloudResponsibility.ThreatModel
{
    /// <summary>One service's threat model: the service, its matrix after contract overrides, and one entry per threat, in catalog order.</summary>
    public sealed class ServiceThreatModel
    {
        internal ServiceThreatModel(CloudService service, IReadOnlyList<ServiceResponsibility> matrix, IReadOnlyList<ThreatModelEntry> entries)
        {
            Service = service;
            Matrix = matrix;
            Entries = entries;
        }

        /// <summary>The service.</summary>
        public CloudService Service { get; }

        /// <summary>Its responsibility matrix, a row per layer, top first.</summary>
        public IReadOnlyList<ServiceResponsibility> Matrix { get; }

        /// <summary>Its threats.</summary>
        public IReadOnlyList<ThreatModelEntry> Entries { get; }
    }
}

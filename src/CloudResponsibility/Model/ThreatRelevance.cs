namespace CloudResponsibility.Model
{
    /// <summary>How much a threat matters to a service, as a rule of the catalog decides it (threat-relevance.csv).</summary>
    public enum ThreatRelevance
    {
        /// <summary>The threat cannot occur for the service (no other tenants on premises, for example).</summary>
        NotApplicable,
        /// <summary>The threat can occur but the service's models leave little room for it.</summary>
        Low,
        /// <summary>The threat is to be prepared for.</summary>
        Medium,
        /// <summary>The threat is to be prepared for first: the service's models expose it, or its data raises the harm.</summary>
        High,
    }
}

namespace CloudResponsibility.Model
{
    /// <summary>The service models of CSO §2.1 and MIC-GL3 I.6, plus on-premises as the reference column.</summary>
    public enum ServiceModel
    {
        /// <summary>Software as a service: the application layer is provided.</summary>
        SaaS,
        /// <summary>Platform as a service: middleware is provided.</summary>
        PaaS,
        /// <summary>Infrastructure as a service: the virtual environment is provided.</summary>
        IaaS,
        /// <summary>Not a cloud service: the customer owns every layer.</summary>
        OnPremises,
    }
}

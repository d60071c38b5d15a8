using CloudResponsibility.Output;

namespace CloudResponsibility.Model
{
    /// <summary>A service model as the catalog describes it (CSO §2.1 table 1).</summary>
    public sealed class ServiceModelInfo : CatalogEntry
    {
        /// <summary>Creates the description of a service model.</summary>
        public ServiceModelInfo(ServiceModel serviceModel, Language language, string name, string description, string examples, string source)
            : base(serviceModel.ToString(), language, name, description, source)
        {
            ServiceModel = serviceModel;
            Examples = examples;
        }

        /// <summary>The service model.</summary>
        [ReportColumn]
        public ServiceModel ServiceModel { get; }

        /// <summary>Examples the source names.</summary>
        [ReportColumn]
        public string Examples { get; }
    }
}

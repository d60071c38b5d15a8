using CloudResponsibility.Output;

namespace CloudResponsibility.Model
{
    /// <summary>
    /// One cell of the responsibility matrix (MIC-GL3 I.6.1–I.6.3): under <see cref="ServiceModel"/>,
    /// <see cref="Owner"/> secures <see cref="Layer"/>; the duties say who does what. ID: <c>SaaS.Data</c>.
    /// </summary>
    public sealed class ResponsibilityEntry : CatalogEntry
    {
        /// <summary>Creates a matrix cell.</summary>
        public ResponsibilityEntry(
            ServiceModel serviceModel, Layer layer, Owner owner, Language language, string layerName,
            string customerDuty, string providerDuty, string source, ValueList<string> noteIds)
            : base(serviceModel + "." + layer, language, layerName, Summarise(owner, customerDuty, providerDuty), source)
        {
            ServiceModel = serviceModel;
            Layer = layer;
            Owner = owner;
            CustomerDuty = customerDuty;
            ProviderDuty = providerDuty;
            NoteIds = noteIds;
        }

        /// <summary>The service model.</summary>
        [ReportColumn]
        public ServiceModel ServiceModel { get; }

        /// <summary>The layer.</summary>
        [ReportColumn]
        public Layer Layer { get; }

        /// <summary>The layer's position, top first (sorts rows the way the matrix reads).</summary>
        [ReportColumn]
        public int LayerOrder => (int)Layer;

        /// <summary>Who secures the layer.</summary>
        [ReportColumn]
        public Owner Owner { get; }

        /// <summary>What the customer must do in this layer; empty when the provider owns it alone.</summary>
        [ReportColumn]
        public string CustomerDuty { get; }

        /// <summary>What the provider must do in this layer; empty when the customer owns it alone.</summary>
        [ReportColumn]
        public string ProviderDuty { get; }

        /// <summary>IDs of the responsibility notes (<c>RN-nn</c>) that concern this cell.</summary>
        [ReportColumn]
        public ValueList<string> NoteIds { get; }

        private static string Summarise(Owner owner, string customerDuty, string providerDuty) => owner switch
        {
            Owner.Customer => customerDuty,
            Owner.Provider => providerDuty,
            _ => customerDuty + " / " + providerDuty,
        };
    }
}

using CloudResponsibility.Output;

namespace CloudResponsibility.Model
{
    /// <summary>A note the matrix carries (MIC-GL3 I.6): a caveat that applies to whole service models.</summary>
    public sealed class ResponsibilityNote : CatalogEntry
    {
        /// <summary>Creates a note.</summary>
        public ResponsibilityNote(string id, Language language, string name, string description, string source, ValueList<ServiceModel> serviceModels)
            : base(id, language, name, description, source)
        {
            ServiceModels = serviceModels;
        }

        /// <summary>The service models it concerns.</summary>
        [ReportColumn]
        public ValueList<ServiceModel> ServiceModels { get; }
    }
}

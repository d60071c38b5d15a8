using CloudResponsibility.Output;

namespace CloudResponsibility.Model
{
    /// <summary>A layer of the stack as the catalog describes it.</summary>
    public sealed class LayerInfo : CatalogEntry
    {
        /// <summary>Creates the description of a layer.</summary>
        public LayerInfo(Layer layer, Language language, string name, string description, string source)
            : base(layer.ToString(), language, name, description, source)
        {
            Layer = layer;
        }

        /// <summary>The layer.</summary>
        [ReportColumn]
        public Layer Layer { get; }

        /// <summary>Its position, top of the stack first.</summary>
        [ReportColumn]
        public int Order => (int)Layer;
    }
}

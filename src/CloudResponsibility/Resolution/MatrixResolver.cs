using System.Collections.Generic;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;

namespace CloudResponsibility.Resolution
{
    /// <summary>Resolves a service's responsibility matrix: the general split of its model, with the contract's overrides applied.</summary>
    public sealed class MatrixResolver
    {
        private static readonly Layer[] AllLayers = (Layer[])System.Enum.GetValues(typeof(Layer));

        private readonly CatalogView catalog;
        private readonly OverrideSet overrides;

        /// <summary>Creates a resolver over a catalog view, with optional overrides from a file.</summary>
        public MatrixResolver(CatalogView catalog, OverrideSet? overrides = null)
        {
            this.catalog = catalog;
            this.overrides = overrides ?? OverrideSet.Empty;
        }

        /// <summary>One row per layer, top first.</summary>
        public IEnumerable<ServiceResponsibility> Resolve(CloudService service)
        {
            foreach (var layer in AllLayers)
                yield return new ServiceResponsibility(service, catalog.Cell(service.ServiceModel, layer), overrides.For(service, layer));
        }
    }
}

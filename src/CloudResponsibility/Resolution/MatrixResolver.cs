using CloudResponsibility.Catalog;
using CloudResponsibility.Model;

namespace CloudResponsibility.Resolution
{
    /// <summary>Resolves a service's responsibility matrix: the general split of its model, with the contract's overrides applied.</summary>
    public sealed class MatrixResolver
    {
        private readonly CatalogView catalog;
        private readonly OverrideSet overrides;

        /// <summary>Creates a resolver over a catalog view, with optional overrides from a file.</summary>
        public MatrixResolver(CatalogView catalog, OverrideSet? overrides = null)
        {
            this.catalog = catalog;
            this.overrides = overrides ?? OverrideSet.Empty;
        }

        /// <summary>One row per layer, top first.</summary>
        // An array, not an iterator, and the service's overrides found once: this runs for every
        // service of an inventory, and a pipeline's first thousands of them run before the
        // runtime has optimised it.
        public ServiceResponsibility[] Resolve(CloudService service)
        {
            var cells = catalog.CellsOf(service.ServiceModel);
            var fromFile = overrides.FromFileFor(service);
            var rows = new ServiceResponsibility[cells.Count];
            for (var i = 0; i < rows.Length; i++)
                rows[i] = new ServiceResponsibility(service, cells[i], OverrideSet.Pick(fromFile, service, cells[i].Layer));
            return rows;
        }
    }
}

using System.Collections.Generic;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;

namespace CloudResponsibility.Resolution
{
    /// <summary>Lays the matrix out a row per layer and a column per service model.</summary>
    public static class MatrixPivot
    {
        /// <summary>The rows, top of the stack first.</summary>
        public static IEnumerable<MatrixPivotRow> Build(CatalogView catalog)
        {
            foreach (var layer in catalog.Layers)
            {
                yield return new MatrixPivotRow(layer,
                    catalog.Cell(ServiceModel.SaaS, layer.Layer).Owner,
                    catalog.Cell(ServiceModel.PaaS, layer.Layer).Owner,
                    catalog.Cell(ServiceModel.IaaS, layer.Layer).Owner,
                    catalog.Cell(ServiceModel.OnPremises, layer.Layer).Owner);
            }
        }
    }
}

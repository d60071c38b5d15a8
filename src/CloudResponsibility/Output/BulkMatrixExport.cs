using System;
using CloudResponsibility.Catalog;
using CloudResponsibility.Inventory;
using CloudResponsibility.Resolution;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// The scheduled-job path: reads an inventory file and writes every service's responsibility
    /// matrix straight to a report, without a pipeline object per row. Same rows, columns and
    /// problems as <c>Import-CloudInventory | Get-ResponsibilityMatrix | Export-CloudReport</c>.
    /// </summary>
    public sealed class BulkMatrixExport
    {
        private static readonly ObjectColumns Columns = ObjectColumns.For(typeof(ServiceResponsibility));

        private readonly MatrixResolver resolver;

        /// <summary>Creates the export over a catalog view and optional contract overrides.</summary>
        public BulkMatrixExport(CatalogView catalog, OverrideSet? overrides = null)
        {
            resolver = new MatrixResolver(catalog, overrides);
        }

        /// <summary>
        /// Writes the matrix of every service <paramref name="reader"/> yields into <paramref name="report"/>.
        /// Errors and warnings of the inventory go to <paramref name="onProblem"/> as they come; the
        /// caller decides whether one stops the export (by throwing) or not.
        /// </summary>
        public BulkExportSummary Run(InventoryReader reader, ReportSession report, Action<InventoryReadResult> onProblem)
        {
            long services = 0, rows = 0;
            while (reader.Read())
            {
                var result = reader.Current!;
                if (result.Kind != InventoryReadResultKind.Service)
                {
                    onProblem(result);
                    continue;
                }
                services++;
                foreach (var row in resolver.Resolve(result.Service!))
                {
                    report.Add(row, Columns);
                    rows++;
                }
            }
            return new BulkExportSummary(services, rows, reader.RowsWithErrors, reader.SkippedEmptyRows);
        }
    }
}

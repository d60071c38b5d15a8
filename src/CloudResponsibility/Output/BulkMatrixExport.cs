using System;
using System.Collections.Generic;
using System.Threading;
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
        private static readonly ReportColumns AllColumns = ReportColumns.Of(typeof(ServiceResponsibility))!;

        private readonly MatrixResolver resolver;
        private readonly ReportColumns columns;

        /// <summary>
        /// Creates the export over a catalog view and optional contract overrides. With
        /// <paramref name="columns"/>, only those columns are written, in that order: the matrix
        /// row's by name and the inventory's own by their header.
        /// </summary>
        /// <exception cref="ArgumentException">A column named twice, or empty.</exception>
        public BulkMatrixExport(CatalogView catalog, OverrideSet? overrides = null, IReadOnlyList<string>? columns = null)
        {
            resolver = new MatrixResolver(catalog, overrides);
            this.columns = columns is null ? AllColumns : AllColumns.Select(columns);
        }

        /// <summary>
        /// Writes the matrix of every service <paramref name="reader"/> yields into <paramref name="report"/>.
        /// Errors and warnings of the inventory go to <paramref name="onProblem"/> as they come; the
        /// caller decides whether one stops the export (by throwing) or not. A cancelled
        /// <paramref name="cancellation"/> stops it between rows with <see cref="OperationCanceledException"/>.
        /// </summary>
        /// <exception cref="UnknownColumnException">
        /// A column asked for that is neither the matrix row's nor the inventory's; thrown at the first
        /// service, before any row is written.
        /// </exception>
        public BulkExportSummary Run(InventoryReader reader, ReportSession report, Action<InventoryReadResult> onProblem, CancellationToken cancellation = default)
        {
            long services = 0, rows = 0;
            while (reader.Read())
            {
                cancellation.ThrowIfCancellationRequested();
                var result = reader.Current!;
                if (result.Kind != InventoryReadResultKind.Service)
                {
                    onProblem(result);
                    continue;
                }
                services++;
                var matrix = resolver.Resolve(result.Service!);
                if (services == 1 && matrix.Length > 0) EnsureColumnsExist(matrix[0]);
                foreach (var row in matrix)
                {
                    report.Add(row, columns);
                    rows++;
                }
            }
            return new BulkExportSummary(services, rows, reader.RowsWithErrors, reader.SkippedEmptyRows);
        }

        private void EnsureColumnsExist(ServiceResponsibility row)
        {
            var missing = columns.MissingIn(row);
            if (missing.Count > 0)
                throw new UnknownColumnException(missing, AllColumns.NamesOf(row));
        }
    }
}

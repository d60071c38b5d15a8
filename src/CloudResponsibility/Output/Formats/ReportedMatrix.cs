using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;
using CloudResponsibility.Parsing;

namespace CloudResponsibility.Output.Formats
{
    /// <summary>
    /// A service's responsibility matrix as a findings report draws it from the service's
    /// findings, or from its summary line when it has none: the general split of its model (ServiceModel) with the contract's departures
    /// (ContractOverrides) laid over it, each overridden cell with its clause. A service whose
    /// model the findings do not give (an unreadable questionnaire file) has none.
    /// </summary>
    internal sealed class ReportedMatrix
    {
        private ReportedMatrix(string serviceName, ServiceModel model, IReadOnlyList<ReportedMatrixCell> cells)
        {
            ServiceName = serviceName;
            Model = model;
            Cells = cells;
        }

        public string ServiceName { get; }

        public ServiceModel Model { get; }

        /// <summary>A cell per layer of the catalog, top first.</summary>
        public IReadOnlyList<ReportedMatrixCell> Cells { get; }

        /// <summary>The service's matrix; null when its findings name no service model.</summary>
        public static ReportedMatrix? Of(string serviceName, IEnumerable<FindingRecord> findings, CatalogView catalog)
        {
            var records = findings as IReadOnlyCollection<FindingRecord> ?? findings.ToList();
            // Every finding of a service in a run carries the same overrides.
            return Of(serviceName, records.Select(f => f.ServiceModel).FirstOrDefault(m => m.Length > 0), records.Select(f => f.ContractOverrides).FirstOrDefault(o => o.Length > 0), catalog);
        }

        /// <summary>The matrix of a service audited without findings, from its summary line; null when the line names no service model.</summary>
        public static ReportedMatrix? Of(AuditedServiceRecord service, CatalogView catalog) =>
            Of(service.ServiceName, service.ServiceModel, service.ContractOverrides, catalog);

        private static ReportedMatrix? Of(string serviceName, string? modelText, string? overridesText, CatalogView catalog)
        {
            if (modelText is null || !Enum.TryParse<ServiceModel>(modelText, true, out var model) || !Enum.IsDefined(typeof(ServiceModel), model)) return null;
            // A cell that cannot be read leaves the general split.
            var overrides = ContractOverrideParser.TryParse(overridesText, out var parsed, out _) ? parsed : ValueList<ContractOverride>.Empty;
            var cells = catalog.CellsOf(model).OrderBy(c => c.LayerOrder).Select(general =>
            {
                var contract = overrides.FirstOrDefault(o => o.Layer == general.Layer);
                return new ReportedMatrixCell(general.Layer, general.Name, contract?.Owner ?? general.Owner, general.Owner, contract is not null, contract?.Clause);
            }).ToList();
            return new ReportedMatrix(serviceName, model, cells);
        }
    }
}

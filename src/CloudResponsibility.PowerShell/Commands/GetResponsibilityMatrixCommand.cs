using System.Linq;
using System.Management.Automation;
using CloudResponsibility.Model;
using CloudResponsibility.PowerShell.Pipeline;
using CloudResponsibility.Resolution;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// Gets the responsibility matrix (MIC-GL3 I.6.1–I.6.3): who secures each layer under each service
    /// model — or, for services piped in from an inventory, each service's own matrix with the
    /// contract's overrides applied and the service's properties carried along.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ResponsibilityMatrix", DefaultParameterSetName = CatalogSet)]
    [OutputType(typeof(ResponsibilityEntry), ParameterSetName = new[] { CatalogSet })]
    [OutputType(typeof(MatrixPivotRow), ParameterSetName = new[] { PivotSet })]
    [OutputType(typeof(ServiceResponsibility), ParameterSetName = new[] { ServiceSet })]
    public sealed class GetResponsibilityMatrixCommand : CatalogCommand
    {
        private const string CatalogSet = "Catalog";
        private const string PivotSet = "Pivot";
        private const string ServiceSet = "Service";

        private ServiceInput? services;
        private MatrixResolver? resolver;
        private OverrideSet? overrides;

        /// <summary>Only these service models.</summary>
        [Parameter(Position = 0, ParameterSetName = CatalogSet)]
        public ServiceModel[]? ServiceModel { get; set; }

        /// <summary>Only these layers.</summary>
        [Parameter(ParameterSetName = CatalogSet)]
        [Parameter(ParameterSetName = PivotSet)]
        [Parameter(ParameterSetName = ServiceSet)]
        public Layer[]? Layer { get; set; }

        /// <summary>Only rows with these owners (after contract overrides, for services).</summary>
        [Parameter(ParameterSetName = CatalogSet)]
        [Parameter(ParameterSetName = ServiceSet)]
        public Owner[]? Owner { get; set; }

        /// <summary>Lays the matrix out as the guideline's table: a row per layer, a column per service model.</summary>
        [Parameter(Mandatory = true, ParameterSetName = PivotSet)]
        [Alias("AsTable")]
        public SwitchParameter Pivot { get; set; }

        /// <summary>
        /// Services to resolve: objects from Import-CloudInventory, or any objects with ServiceName and
        /// ServiceModel properties (Import-Csv rows, with English or Japanese headers).
        /// </summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ServiceSet)]
        public PSObject? InputObject { get; set; }

        /// <summary>A CSV of contract overrides: ServiceName, Layer, Owner, Clause. It wins over an inventory's ContractOverrides column.</summary>
        [Parameter(ParameterSetName = ServiceSet)]
        public string? OverridePath { get; set; }

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (ParameterSetName != ServiceSet) return;
            overrides = OverridePath is null ? null : OverrideFileLoader.Load(this, OutputLanguage, ProviderPaths.FileSystemPath(this, OutputLanguage, OverridePath));
            resolver = new MatrixResolver(Catalog, overrides);
            services = new ServiceInput(this, OutputLanguage);
        }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case PivotSet:
                    foreach (var row in MatrixPivot.Build(Catalog).Where(r => Layer is null || Layer.Contains(r.Layer))) WriteObject(row);
                    return;
                case CatalogSet:
                    foreach (var entry in Catalog.Matrix.Where(e =>
                                 (ServiceModel is null || ServiceModel.Contains(e.ServiceModel)) &&
                                 (Layer is null || Layer.Contains(e.Layer)) &&
                                 (Owner is null || Owner.Contains(e.Owner))))
                        WriteObject(entry);
                    return;
            }
            // A row of a resolved matrix piped back in is already resolved: it passes through as it
            // is (the -Layer and -Owner filters apply), instead of standing for its service and
            // multiplying into that service's whole matrix once per row.
            if (InputObject?.BaseObject is ServiceResponsibility resolved)
            {
                if ((Layer is null || Layer.Contains(resolved.Layer)) && (Owner is null || Owner.Contains(resolved.Owner)))
                    WriteObject(resolved);
                return;
            }
            var service = services!.Read(InputObject);
            if (service is null) return;
            var rows = resolver!.Resolve(service);
            for (var i = 0; i < rows.Length; i++)
            {
                var row = rows[i];
                if ((Layer is null || Layer.Contains(row.Layer)) && (Owner is null || Owner.Contains(row.Owner)))
                    WriteObject(row);
            }
        }

        /// <inheritdoc />
        protected override void EndProcessing() => OverrideFileLoader.WarnUnmatched(this, OutputLanguage, overrides);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using CloudResponsibility.Catalog;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Model;
using CloudResponsibility.Output;
using CloudResponsibility.PowerShell.Pipeline;
using CloudResponsibility.ThreatModel;
using CloudResponsibility.ThreatModel.Formats;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// Turns services (an inventory's, Import-Csv rows, or a bare service and deployment model) into
    /// threat models: one object per service and threat, or files that threat-modelling tools and
    /// reviewers open (Csv, Json, Markdown, Threat Dragon, OTM), one file per service in a folder.
    /// </summary>
    [Cmdlet(VerbsData.Export, "ThreatModel", SupportsShouldProcess = true, DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(ThreatModelEntry), typeof(FileInfo))]
    public sealed class ExportThreatModelCommand : ReportCommand
    {
        private const string ServiceSet = "Service";
        private const string ModelSet = "Model";

        private CatalogView catalog = null!;
        private ThreatModelBuilder builder = null!;
        private ServiceInput? services;
        private ThreatModelFormat format;
        private ThreatModelWriter? fileWriter;
        private string? destination;
        private bool toFolder;
        private bool confirmed;
        private ServiceFileNames? fileNames;
        private readonly List<ServiceThreatModel> collected = new List<ServiceThreatModel>();
        private ReportColumns? columns;

        /// <summary>
        /// Services: objects from Import-CloudInventory or Get-ResponsibilityMatrix, or any objects with
        /// ServiceName and ServiceModel properties (Import-Csv rows, English or Japanese headers).
        /// </summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ServiceSet)]
        public PSObject? InputObject { get; set; }

        /// <summary>The service model of a service that is not in an inventory.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ModelSet)]
        public ServiceModel ServiceModel { get; set; }

        /// <summary>Its deployment model.</summary>
        [Parameter(ParameterSetName = ModelSet)]
        public DeploymentModel? DeploymentModel { get; set; }

        /// <summary>Its name; the models' names when omitted (<c>SaaS Public</c>).</summary>
        [Parameter(ParameterSetName = ModelSet)]
        [ValidateNotNullOrEmpty]
        public string? ServiceName { get; set; }

        /// <summary>
        /// Where to write: a file (Csv, Json and Markdown hold many services; Threat Dragon and OTM
        /// one), or a folder, for a file per service named after it. Without it, objects are written.
        /// </summary>
        [Parameter(Position = 0)]
        [Alias("LiteralPath", "PSPath")]
        public string? Path { get; set; }

        /// <summary>
        /// Csv, Json, Markdown, ThreatDragon or Otm. Inferred from a file's extension when omitted
        /// (.csv, .json, .md, .otm); required for a folder.
        /// </summary>
        [Parameter]
        public ThreatModelFormat? Format { get; set; }

        /// <summary>A CSV of contract overrides: ServiceName, Layer, Owner, Clause. It wins over an inventory's ContractOverrides column.</summary>
        [Parameter]
        public string? OverridePath { get; set; }

        /// <summary>
        /// Test-VendorDisclosure's results: a provider measure that a line failing, missing, expired,
        /// without evidence or answered in part was to verify is marked unverified, with the outcome.
        /// </summary>
        [Parameter]
        public DisclosureResult[]? Disclosure { get; set; }

        /// <inheritdoc />
        protected override ReportFormat? ChosenReportFormat => format switch
        {
            ThreatModelFormat.Json => ReportFormat.Json,
            ThreatModelFormat.Xlsx => ReportFormat.Xlsx,
            _ => ReportFormat.Csv,
        };

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            catalog = CatalogCommand.Load(this, OutputLanguage);
            var overrides = OverridePath is null ? null : OverrideFileLoader.Load(this, OutputLanguage, ProviderPaths.FileSystemPath(this, OutputLanguage, OverridePath));
            var verification = new DisclosureVerification();
            foreach (var result in Disclosure ?? Array.Empty<DisclosureResult>())
                if (result is not null) verification.Add(result);
            builder = new ThreatModelBuilder(catalog, overrides, verification);
            if (ParameterSetName == ServiceSet) services = new ServiceInput(this, OutputLanguage, nameServiceInErrors: true);
            if (Path is null) return;

            destination = ProviderPaths.FileSystemPath(this, OutputLanguage, Path);
            toFolder = Directory.Exists(destination) || Path.EndsWith("/", StringComparison.Ordinal) || Path.EndsWith("\\", StringComparison.Ordinal);
            if (Format is { } chosen) format = chosen;
            else if (toFolder || !TryInfer(destination, out format))
                ThrowTerminatingError(ErrorRecords.UnknownReportFormat(OutputLanguage, destination, string.Join(", ", Enum.GetNames(typeof(ThreatModelFormat)))));
            fileWriter = ThreatModelWriter.For(format, catalog, CloudCatalog.Default.Version);
            if (Append && fileWriter is not null) ThrowTerminatingError(ErrorRecords.AppendNotSupported(OutputLanguage, destination));
            if (toFolder)
            {
                fileNames = new ServiceFileNames();
                return;
            }
            confirmed = fileWriter is null ? OpenReport(destination, ChosenReportFormat!.Value) : ConfirmWrite(destination);
        }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            var service = ParameterSetName == ModelSet
                ? new CloudService(ServiceName ?? (DeploymentModel is { } deployment ? $"{ServiceModel} {deployment}" : ServiceModel.ToString()), ServiceModel, deploymentModel: DeploymentModel)
                : services!.Read(InputObject);
            if (service is null) return;
            // Only the files of whole models need the matrix; entries alone are built without it where they can.
            ServiceThreatModel? model = null;
            IReadOnlyList<ThreatModelEntry> entries;
            try
            {
                if (fileWriter is not null) model = builder.Model(service);
                entries = model?.Entries ?? builder.Entries(service);
            }
            catch (InvalidOperationException exception)
            {
                WriteError(ErrorRecords.ThreatModelBuildFailed(OutputLanguage, exception, service));
                return;
            }

            if (destination is null)
            {
                for (var i = 0; i < entries.Count; i++) WriteObject(entries[i]);
                return;
            }
            if (toFolder)
            {
                WriteServiceFile(service, entries, model);
                return;
            }
            if (!confirmed) return;
            if (model is not null)
            {
                collected.Add(model);
                return;
            }
            AddRows(entries);
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            if (destination is null || toFolder || !confirmed) return;
            if (fileWriter is null)
            {
                CommitReport();
                if (PassThru) WriteFileItem(destination);
                return;
            }
            if (!fileWriter.HoldsManyServices && collected.Count != 1)
            {
                ThrowTerminatingError(collected.Count == 0
                    ? ErrorRecords.ThreatModelNoService(OutputLanguage, destination)
                    : ErrorRecords.ThreatModelNeedsFolder(OutputLanguage, destination, format.ToString(), collected.Count));
            }
            WriteWholeFile(destination, stream => fileWriter.Write(stream, collected));
            if (PassThru) WriteFileItem(destination);
        }

        private void WriteServiceFile(CloudService service, IReadOnlyList<ThreatModelEntry> entries, ServiceThreatModel? model)
        {
            var extension = fileWriter?.Extension ?? (format switch { ThreatModelFormat.Json => ".json", ThreatModelFormat.Xlsx => ".xlsx", _ => ".csv" });
            var file = System.IO.Path.Combine(destination!, fileNames!.Next(service.ServiceName, extension));
            if (fileWriter is null)
            {
                if (!ShouldWrite(file, () => OpenReport(file, ChosenReportFormat!.Value))) return;
                AddRows(entries);
                CommitReport();
            }
            else
            {
                if (!ShouldWrite(file, () => ConfirmWrite(file))) return;
                WriteWholeFile(file, stream => fileWriter.Write(stream, new[] { model! }));
            }
            if (PassThru) WriteFileItem(file);
        }

        /// <summary>Asks before writing a file of the folder, and creates the folder once the answer is yes.</summary>
        private bool ShouldWrite(string file, Func<bool> confirm)
        {
            if (!Directory.Exists(destination!))
            {
                if (!ShouldProcess(destination!, Text(Localization.MessageKey.ActionNewFolder))) return false;
                Directory.CreateDirectory(destination!);
            }
            return confirm();
        }

        private void AddRows(IReadOnlyList<ThreatModelEntry> entries)
        {
            columns ??= ReportColumns.Of(typeof(ThreatModelEntry))!;
            try
            {
                for (var i = 0; i < entries.Count; i++) Report!.Add(entries[i], columns);
            }
            catch (ReportHeaderMismatchException exception)
            {
                ThrowTerminatingError(ErrorRecords.AppendHeaderMismatch(OutputLanguage, exception, ReportPath));
            }
        }

        private static bool TryInfer(string path, out ThreatModelFormat inferred)
        {
            var name = System.IO.Path.GetFileName(path).ToLowerInvariant();
            if (name.EndsWith(".otm", StringComparison.Ordinal) || name.EndsWith(".otm.json", StringComparison.Ordinal)) inferred = ThreatModelFormat.Otm;
            else if (name.EndsWith(".threat-dragon.json", StringComparison.Ordinal)) inferred = ThreatModelFormat.ThreatDragon;
            else if (name.EndsWith(".md", StringComparison.Ordinal) || name.EndsWith(".markdown", StringComparison.Ordinal)) inferred = ThreatModelFormat.Markdown;
            // The findings formats (.sarif, .xml, .html) are Invoke-CloudAudit's, not a threat model's.
            else if (Output.Formats.ReportFormats.TryInfer(path, out var report) && !Output.Formats.ReportFormats.IsFindingsFormat(report)) inferred = report switch { ReportFormat.Json => ThreatModelFormat.Json, ReportFormat.Xlsx => ThreatModelFormat.Xlsx, _ => ThreatModelFormat.Csv };
            else
            {
                inferred = default;
                return false;
            }
            return true;
        }
    }
}

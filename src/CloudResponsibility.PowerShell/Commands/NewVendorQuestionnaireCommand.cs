using System;
using System.Linq;
using System.Management.Automation;
using CloudResponsibility.Disclosure;
using CloudResponsibility.PowerShell.Localization;
using CloudResponsibility.PowerShell.Pipeline;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// Makes the questionnaire to send a vendor: for each service piped in (or for -ServiceModel),
    /// one row per check sub-point and disclosure sub-item that applies to its model, in catalog
    /// order, with the question in the chosen language and empty answer columns. Lines that do not
    /// apply are left out, with the catalog's reason in a verbose line; -IncludeNotApplicable keeps
    /// them, marked. Export-CloudReport turns the rows into the file for the vendor.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "VendorQuestionnaire", DefaultParameterSetName = ModelSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(VendorQuestionnaireRow))]
    public sealed class NewVendorQuestionnaireCommand : CatalogCommand
    {
        private const string ModelSet = "ServiceModel";
        private const string ServiceSet = "Service";

        private QuestionnaireBuilder builder = null!;
        private ServiceInput? services;

        /// <summary>The service models to make a questionnaire for, one each.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ModelSet)]
        public Model.ServiceModel[] ServiceModel { get; set; } = Array.Empty<Model.ServiceModel>();

        /// <summary>The service's name on every row; empty by default, for the vendor to fill in.</summary>
        [Parameter(ParameterSetName = ModelSet)]
        [AllowEmptyString]
        public string ServiceName { get; set; } = string.Empty;

        /// <summary>The vendor's name on every row.</summary>
        [Parameter(ParameterSetName = ModelSet)]
        public string? Vendor { get; set; }

        /// <summary>
        /// Services to make a questionnaire for: objects from Import-CloudInventory, or any objects with
        /// ServiceName and ServiceModel properties (Import-Csv rows, English or Japanese headers).
        /// </summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ServiceSet)]
        public PSObject? InputObject { get; set; }

        /// <summary>Writes the lines that do not apply to the model too, with Applies = False and the catalog's reason.</summary>
        [Parameter]
        public SwitchParameter IncludeNotApplicable { get; set; }

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            builder = new QuestionnaireBuilder(Catalog);
            if (ParameterSetName == ServiceSet) services = new ServiceInput(this, OutputLanguage);
        }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            if (ParameterSetName == ModelSet)
            {
                foreach (var model in ServiceModel) Write(ServiceName, Vendor, model);
                return;
            }
            if (services!.Read(InputObject) is { } service) Write(service.ServiceName, service.Vendor, service.ServiceModel);
        }

        private void Write(string serviceName, string? vendor, Model.ServiceModel model)
        {
            var rows = builder.Build(serviceName, vendor, model, IncludeNotApplicable).ToList();
            var leftOut = builder.LeftOut(model).ToList();
            var name = serviceName.Length > 0 ? serviceName : model.ToString();
            if (rows.Count == 0)
            {
                WriteWarning(Text(MessageKey.NoItemApplies, name, model, string.Join(" ", leftOut.Select(l => l.Reason))));
                return;
            }
            if (!ShouldProcess(name, Text(MessageKey.ActionCreateQuestionnaire, rows.Count))) return;
            if (!IncludeNotApplicable)
                foreach (var (reason, lines) in leftOut) WriteVerbose(Text(MessageKey.QuestionnaireItemsLeftOut, name, model, lines, reason));
            foreach (var row in rows) WriteObject(row);
        }
    }
}

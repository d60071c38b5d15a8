using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CloudResponsibility.Model;
using CloudResponsibility.PowerShell.Localization;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>Gets the notes the responsibility matrix carries (MIC-GL3 I.6).</summary>
    [Cmdlet(VerbsCommon.Get, "ResponsibilityNote", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(ResponsibilityNote))]
    public sealed class GetResponsibilityNoteCommand : CatalogEntryCommand<ResponsibilityNote>
    {
        /// <summary>Only notes that concern these service models.</summary>
        [Parameter]
        public ServiceModel[]? ServiceModel { get; set; }

        /// <inheritdoc />
        internal override string KindKey => MessageKey.KindResponsibilityNote;

        /// <inheritdoc />
        protected override IEnumerable<ResponsibilityNote> Entries => Catalog.Notes;

        /// <inheritdoc />
        protected override bool Include(ResponsibilityNote entry) => ServiceModel is null || ServiceModel.Any(entry.ServiceModels.Contains);
    }
}

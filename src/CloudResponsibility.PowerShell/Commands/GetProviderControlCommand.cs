using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CloudResponsibility.Model;
using CloudResponsibility.PowerShell.Localization;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>Gets the provider's technical and operational measures (CSO §4.1, §4.2).</summary>
    [Cmdlet(VerbsCommon.Get, "ProviderControl", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(ProviderControl))]
    public sealed class GetProviderControlCommand : CatalogEntryCommand<ProviderControl>
    {
        /// <summary>Only measures of these kinds.</summary>
        [Parameter]
        public ControlKind[]? Kind { get; set; }

        /// <inheritdoc />
        internal override string KindKey => MessageKey.KindProviderControl;

        /// <inheritdoc />
        protected override IEnumerable<ProviderControl> Entries => Catalog.ProviderControls;

        /// <inheritdoc />
        protected override bool Include(ProviderControl entry) => Kind is null || Kind.Contains(entry.Kind);
    }
}

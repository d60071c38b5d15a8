using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;

namespace CloudResponsibility.Tests.Resolution
{
    /// <summary>
    /// Small catalogs made for a test, so that the rules of resolution are tested apart from the
    /// shipped catalog's data: a matrix in which every layer is the customer's under OnPremises and
    /// IaaS's upper layers, and legal points with the triggers a test gives.
    /// </summary>
    internal static class TestCatalog
    {
        public static readonly Layer[] Layers = (Layer[])Enum.GetValues(typeof(Layer));

        public static CatalogView With(params (string Id, string Trigger)[] legalPoints) =>
            new CatalogView(Language.En, Array.Empty<ServiceModelInfo>(), Array.Empty<DeploymentModelInfo>(), Array.Empty<LayerInfo>(),
                Matrix(), Array.Empty<ResponsibilityNote>(), Array.Empty<CloudThreat>(), Array.Empty<ProviderControl>(),
                Array.Empty<VendorCheckItem>(), Array.Empty<DisclosureItem>(),
                legalPoints.Select(p => Legal(p.Id, p.Trigger)).ToList(), Array.Empty<ReferenceControl>());

        /// <summary>The general owner of a layer under a model in <see cref="With"/>'s matrix.</summary>
        public static Owner GeneralOwner(ServiceModel model, Layer layer) => model switch
        {
            ServiceModel.OnPremises => Owner.Customer,
            ServiceModel.IaaS => layer <= Layer.GuestOS ? Owner.Customer : Owner.Provider,
            ServiceModel.PaaS => layer <= Layer.Application ? Owner.Customer : layer == Layer.Middleware ? Owner.Shared : Owner.Provider,
            _ => layer == Layer.Data || layer == Layer.AccountsAndAccess ? Owner.Customer : Owner.Provider,
        };

        private static IReadOnlyList<ResponsibilityEntry> Matrix() =>
            ((ServiceModel[])Enum.GetValues(typeof(ServiceModel)))
                .SelectMany(model => Layers.Select(layer => new ResponsibilityEntry(model, layer, GeneralOwner(model, layer), Language.En,
                    layer.ToString(), "customer duty", "provider duty", "TEST", ValueList<string>.Empty)))
                .ToList();

        private static LegalConsideration Legal(string id, string trigger) =>
            new LegalConsideration(id, Language.En, id + " name", id + " description", "condition", "current law", "TEST", trigger,
                ValueList<string>.Empty, ValueList<string>.Empty, ValueList<string>.Empty);
    }
}

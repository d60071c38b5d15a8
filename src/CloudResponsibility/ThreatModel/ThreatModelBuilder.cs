using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;

namespace CloudResponsibility.ThreatModel
{
    /// <summary>
    /// Builds a service's threat model from the catalog: per threat, the relevance its first
    /// matching rule gives, the provider measures with the checks that verify them under the
    /// service's model, and the customer's layers under the service's matrix after contract
    /// overrides. What depends only on the threat and the service model is worked out once; a
    /// service without overrides shares it, so an inventory's entries cost little beyond themselves.
    /// </summary>
    public sealed class ThreatModelBuilder
    {
        private readonly CatalogView catalog;
        private readonly MatrixResolver resolver;
        private readonly OverrideSet overrides;
        private readonly DisclosureVerification disclosure;
        private readonly CloudThreat[] threats;
        private readonly Dictionary<ServiceModel, ModelPart[]> byModel = new Dictionary<ServiceModel, ModelPart[]>();
        private readonly Dictionary<ServiceModel, CustomerPart[]> generalSplit = new Dictionary<ServiceModel, CustomerPart[]>();

        /// <summary>Creates a builder over a catalog view, with optional contract overrides from a file and the vendor's judged answers.</summary>
        public ThreatModelBuilder(CatalogView catalog, OverrideSet? overrides = null, DisclosureVerification? disclosure = null)
        {
            this.catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
            this.overrides = overrides ?? OverrideSet.Empty;
            this.disclosure = disclosure ?? DisclosureVerification.None;
            resolver = new MatrixResolver(catalog, this.overrides);
            threats = catalog.Threats.ToArray();
            var controls = catalog.ProviderControls.ToDictionary(c => c.Id, StringComparer.Ordinal);
            var checkOrder = catalog.CheckItems.Select((c, i) => (c, i)).ToDictionary(p => p.c.Id, p => p.i, StringComparer.Ordinal);
            foreach (ServiceModel model in Enum.GetValues(typeof(ServiceModel)))
            {
                var applies = new HashSet<string>(catalog.CheckItems.Where(c => c.ServiceModels.Contains(model)).Select(c => c.Id), StringComparer.Ordinal);
                byModel[model] = threats.Select(threat =>
                {
                    var mitigations = threat.ProviderControlIds.Select(id => controls[id])
                        .Select(c => new ProviderMitigation(c.Id, c.Name, new ValueList<string>(c.CheckItemIds.Where(applies.Contains)), MitigationVerification.NotAssessed, null))
                        .ToArray();
                    var checks = mitigations.SelectMany(m => m.CheckItemIds).Distinct().OrderBy(id => checkOrder[id]);
                    return new ModelPart(new ValueList<ProviderMitigation>(mitigations), new ValueList<string>(checks));
                }).ToArray();
                if (catalog.Matrix.Any(e => e.ServiceModel == model))
                {
                    var placeholder = new CloudService(model.ToString(), model);
                    var general = catalog.CellsOf(model).Select(cell => new ServiceResponsibility(placeholder, cell, null)).ToArray();
                    generalSplit[model] = threats.Select(threat => Customer(threat, general)).ToArray();
                }
            }
        }

        /// <summary>The threats the model has for each service, in catalog order.</summary>
        public IReadOnlyList<CloudThreat> Threats => threats;

        /// <summary>One entry per threat of the catalog, in its order.</summary>
        /// <exception cref="InvalidOperationException">The catalog has no relevance rule of a threat that matches the service.</exception>
        public ThreatModelEntry[] Entries(CloudService service) => Build(service, null);

        /// <summary>The service's model: its matrix and its entries.</summary>
        public ServiceThreatModel Model(CloudService service)
        {
            var matrix = resolver.Resolve(service);
            return new ServiceThreatModel(service, matrix, Build(service, matrix));
        }

        /// <param name="service">The service.</param>
        /// <param name="matrix">Its matrix after overrides, when already resolved.</param>
        private ThreatModelEntry[] Build(CloudService service, ServiceResponsibility[]? matrix)
        {
            var general = HasOverrides(service) ? null : generalSplit[service.ServiceModel];
            if (general is null) matrix ??= resolver.Resolve(service);
            var parts = byModel[service.ServiceModel];
            var assessed = !disclosure.IsEmpty && disclosure.Covers(service.ServiceName);
            var entries = new ThreatModelEntry[threats.Length];
            for (var i = 0; i < threats.Length; i++)
            {
                var threat = threats[i];
                var rule = catalog.RelevanceOf(threat.Id, service)
                    ?? throw new InvalidOperationException($"The catalog has no relevance rule of {threat.Id} that matches the service '{service.ServiceName}'.");
                var part = parts[i];
                var mitigations = assessed ? Verified(service, part.ProviderMitigations) : part.ProviderMitigations;
                var customer = general?[i] ?? Customer(threat, matrix!);
                entries[i] = new ThreatModelEntry(service, threat, rule, mitigations, part.VerifyingChecks, customer.Mitigations, customer.Owner);
            }
            return entries;
        }

        // A service without overrides has its model's general split: its customer part is shared.
        private bool HasOverrides(CloudService service) => service.ContractOverrides.Count > 0 || overrides.FromFileFor(service) is not null;

        /// <summary>The threat's layers the customer owns or shares under the matrix, and the owner of the residual risk.</summary>
        private static CustomerPart Customer(CloudThreat threat, ServiceResponsibility[] matrix)
        {
            var customer = new List<CustomerMitigation>(threat.CustomerLayers.Count);
            Owner? owner = null;
            var mixed = false;
            foreach (var layer in threat.CustomerLayers)
            {
                var row = RowOf(matrix, layer);
                if (owner is null) owner = row.Owner;
                else if (owner != row.Owner) mixed = true;
                if (row.Owner != Owner.Provider)
                    customer.Add(new CustomerMitigation(layer, row.LayerName, row.Owner, row.CustomerDuty, row.Clause));
            }
            // A threat the provider's measures mitigate is the provider's too wherever it runs part of
            // the stack: an IaaS customer owns every layer TH-05 names, yet a power cut at the facility is
            // the provider's to prevent. Only where the customer runs everything is the risk its own.
            if (owner == Owner.Customer && !mixed && threat.ProviderControlIds.Count > 0 && ProviderRunsAPart(matrix)) mixed = true;
            return new CustomerPart(new ValueList<CustomerMitigation>(customer), mixed ? Owner.Shared : owner ?? Owner.Provider);
        }

        private static bool ProviderRunsAPart(ServiceResponsibility[] matrix)
        {
            foreach (var row in matrix)
                if (row.Owner != Owner.Customer) return true;
            return false;
        }

        private ValueList<ProviderMitigation> Verified(CloudService service, ValueList<ProviderMitigation> mitigations) =>
            new ValueList<ProviderMitigation>(mitigations.Select(m =>
            {
                var (verification, outcome) = disclosure.Of(service.ServiceName, m.ControlId);
                return m.With(verification, outcome);
            }));

        private static ServiceResponsibility RowOf(ServiceResponsibility[] matrix, Layer layer)
        {
            foreach (var row in matrix)
                if (row.Layer == layer) return row;
            throw new InvalidOperationException($"The matrix has no row for {layer}.");
        }

        private sealed class CustomerPart
        {
            public CustomerPart(ValueList<CustomerMitigation> mitigations, Owner owner)
            {
                Mitigations = mitigations;
                Owner = owner;
            }

            public ValueList<CustomerMitigation> Mitigations { get; }
            public Owner Owner { get; }
        }

        private sealed class ModelPart
        {
            public ModelPart(ValueList<ProviderMitigation> providerMitigations, ValueList<string> verifyingChecks)
            {
                ProviderMitigations = providerMitigations;
                VerifyingChecks = verifyingChecks;
            }

            public ValueList<ProviderMitigation> ProviderMitigations { get; }
            public ValueList<string> VerifyingChecks { get; }
        }
    }
}

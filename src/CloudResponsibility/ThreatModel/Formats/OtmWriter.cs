using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CloudResponsibility.Catalog;
using CloudResponsibility.Localization;
using CloudResponsibility.Model;

namespace CloudResponsibility.ThreatModel.Formats
{
    /// <summary>
    /// An Open Threat Model (OTM 0.2.0) file of one service: the customer's and the provider's
    /// trust zones, the customer, the service and its data as components, the data flows, the
    /// threats (impact from their relevance) on the service, and the mitigations of both sides,
    /// the provider's implemented when the vendor's answers verify them. IDs are derived from the
    /// service, threat and measure.
    /// </summary>
    public sealed class OtmWriter : ThreatModelWriter
    {
        /// <summary>Creates a writer.</summary>
        public OtmWriter(CatalogView catalog, string catalogVersion) : base(catalog, catalogVersion)
        {
        }

        /// <inheritdoc />
        public override bool HoldsManyServices => false;

        /// <inheritdoc />
        public override string Extension => ".otm.json";

        /// <inheritdoc />
        public override void Write(Stream stream, IReadOnlyList<ServiceThreatModel> models)
        {
            if (models.Count != 1) throw new ArgumentException("An OTM file holds one service.", nameof(models));
            var model = models[0];
            var service = model.Service;
            string Id(string part) => ThreatModelEntry.StableId(service.ServiceName, part);
            var customerZone = Id("zone-customer");
            var providerZone = Id("zone-provider");
            var customer = Id("actor");
            var process = Id("process");
            var store = Id("store");
            var providerMitigations = model.Entries.SelectMany(e => e.ProviderMitigations).GroupBy(m => m.ControlId).Select(g => g.First()).ToList();
            var customerMitigations = model.Entries.SelectMany(e => e.CustomerMitigations).GroupBy(m => m.Layer).Select(g => g.First()).OrderBy(m => m.Layer).ToList();

            using var json = JsonFile.Open(stream);
            json.WriteStartObject();
            json.WriteString("otmVersion", "0.2.0");
            json.WriteStartObject("project");
            json.WriteString("name", Label(MessageKey.ThreatModelTitle, service.ServiceName));
            json.WriteString("id", Id("project"));
            json.WriteString("description", $"{service.ServiceModel} / {DeploymentText(service)}; {Label(MessageKey.ThreatModelVendor)}: {service.Vendor ?? Label(MessageKey.ThreatModelNotRecorded)}");
            if (service.Owner is not null) json.WriteString("owner", service.Owner);
            json.WriteStartArray("tags");
            json.WriteStringValue(service.ServiceModel.ToString());
            if (service.DeploymentModel is { } deployment) json.WriteStringValue(deployment.ToString());
            json.WriteEndArray();
            json.WriteStartObject("attributes");
            json.WriteString("serviceName", service.ServiceName);
            json.WriteString("serviceModel", service.ServiceModel.ToString());
            json.WriteString("deploymentModel", service.DeploymentModel?.ToString() ?? "");
            json.WriteString("vendor", service.Vendor ?? "");
            json.WriteString("catalogVersion", CatalogVersion);
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("trustZones");
            Zone(json, customerZone, Label(MessageKey.ThreatModelCustomer), "customer", 100);
            // The provider's zone is trusted less where the environment is shared with other customers.
            Zone(json, providerZone, Label(MessageKey.ThreatModelProvider), "cloud-provider", service.DeploymentModel == DeploymentModel.Private ? 80 : 50);
            json.WriteEndArray();

            json.WriteStartArray("components");
            Component(json, customer, Label(MessageKey.ThreatModelCustomer), "actor", customerZone, null);
            Component(json, process, service.ServiceName, "cloud-service", providerZone, model.Entries);
            Component(json, store, Label(MessageKey.ThreatModelServiceData, service.ServiceName), "datastore", providerZone, null);
            json.WriteEndArray();

            json.WriteStartArray("dataflows");
            Flow(json, Id("flow-use"), Label(MessageKey.ThreatModelFlowUse), customer, process);
            Flow(json, Id("flow-data"), Label(MessageKey.ThreatModelFlowData), process, store);
            json.WriteEndArray();

            json.WriteStartArray("threats");
            foreach (var entry in model.Entries)
            {
                json.WriteStartObject();
                json.WriteString("id", entry.Id);
                json.WriteString("name", entry.ThreatId + " " + entry.Name);
                json.WriteString("description", entry.Description);
                json.WriteStartArray("categories");
                json.WriteStringValue(entry.Category.ToString());
                json.WriteEndArray();
                json.WriteStartObject("risk");
                json.WriteNull("likelihood");
                json.WriteNumber("impact", Impact(entry.Relevance));
                json.WriteString("impactComment", $"{entry.Relevance} ({entry.RelevanceRule}): {entry.RelevanceRationale}");
                json.WriteEndObject();
                json.WriteStartArray("tags");
                json.WriteStringValue(entry.ThreatId);
                foreach (var technique in entry.AttackTechniques) json.WriteStringValue(technique);
                json.WriteEndArray();
                json.WriteStartObject("attributes");
                json.WriteString("threatId", entry.ThreatId);
                json.WriteString("relevance", entry.Relevance.ToString());
                json.WriteString("relevanceRule", entry.RelevanceRule);
                json.WriteString("residualRiskOwner", entry.Owner.ToString());
                json.WriteString("verifyingChecks", entry.VerifyingChecks.ToString());
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("mitigations");
            foreach (var mitigation in providerMitigations)
            {
                json.WriteStartObject();
                json.WriteString("id", Id("mitigation-" + mitigation.ControlId));
                json.WriteString("name", mitigation.ControlId + " " + mitigation.Name);
                json.WriteString("description", Label(MessageKey.ThreatModelProvider) + ": " + ProviderMitigationText(mitigation));
                // The catalog does not estimate how much a measure reduces a risk.
                json.WriteNumber("riskReduction", 0);
                json.WriteStartObject("attributes");
                json.WriteString("owner", nameof(Owner.Provider));
                json.WriteString("controlId", mitigation.ControlId);
                json.WriteString("checkItems", mitigation.CheckItemIds.ToString());
                json.WriteString("verification", mitigation.Verification.ToString());
                json.WriteString("outcome", mitigation.Outcome?.ToString() ?? "");
                json.WriteEndObject();
                json.WriteEndObject();
            }
            foreach (var mitigation in customerMitigations)
            {
                json.WriteStartObject();
                json.WriteString("id", Id("mitigation-" + mitigation.Layer));
                json.WriteString("name", Label(MessageKey.ThreatModelCustomer) + ": " + mitigation.LayerName);
                json.WriteString("description", CustomerMitigationText(mitigation));
                json.WriteNumber("riskReduction", 0);
                json.WriteStartObject("attributes");
                json.WriteString("owner", mitigation.Owner.ToString());
                json.WriteString("layer", mitigation.Layer.ToString());
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static void Zone(Utf8JsonWriter json, string id, string name, string type, int trust)
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("name", name);
            json.WriteString("type", type);
            json.WriteStartObject("risk");
            json.WriteNumber("trustRating", trust);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private void Component(Utf8JsonWriter json, string id, string name, string type, string zone, IReadOnlyList<ThreatModelEntry>? entries)
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("name", name);
            json.WriteString("type", type);
            json.WriteStartObject("parent");
            json.WriteString("trustZone", zone);
            json.WriteEndObject();
            if (entries is not null)
            {
                var service = entries.Count > 0 ? entries[0].Service.ServiceName : "";
                json.WriteStartArray("threats");
                foreach (var entry in entries)
                {
                    json.WriteStartObject();
                    json.WriteString("threat", entry.Id);
                    json.WriteString("state", entry.Relevance == ThreatRelevance.NotApplicable ? "NOT_APPLICABLE" : "EXPOSED");
                    json.WriteStartArray("mitigations");
                    foreach (var mitigation in entry.ProviderMitigations)
                    {
                        json.WriteStartObject();
                        json.WriteString("mitigation", ThreatModelEntry.StableId(service, "mitigation-" + mitigation.ControlId));
                        json.WriteString("state", mitigation.Verification == MitigationVerification.Verified ? "IMPLEMENTED" : "REQUIRED");
                        json.WriteEndObject();
                    }
                    foreach (var mitigation in entry.CustomerMitigations)
                    {
                        json.WriteStartObject();
                        json.WriteString("mitigation", ThreatModelEntry.StableId(service, "mitigation-" + mitigation.Layer));
                        json.WriteString("state", "REQUIRED");
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }

        private static void Flow(Utf8JsonWriter json, string id, string name, string source, string destination)
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("name", name);
            json.WriteBoolean("bidirectional", true);
            json.WriteString("source", source);
            json.WriteString("destination", destination);
            json.WriteEndObject();
        }

        private static int Impact(ThreatRelevance relevance) => relevance switch
        {
            ThreatRelevance.High => 100,
            ThreatRelevance.Medium => 50,
            ThreatRelevance.Low => 25,
            _ => 0,
        };
    }
}

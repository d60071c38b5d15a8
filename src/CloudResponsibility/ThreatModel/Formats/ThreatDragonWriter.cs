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
    /// An OWASP Threat Dragon v2 model of one service, as the Threat Dragon app opens it: a
    /// data-flow diagram with the customer (actor), the service (process), its data (store), the
    /// flows between them and the trust boundary between customer and provider; the threats on the
    /// service, under <c>cells[].data.threats</c> where the app reads them, with status, severity
    /// and mitigation text. Cell and threat IDs are derived from the service and threat.
    /// </summary>
    public sealed class ThreatDragonWriter : ThreatModelWriter
    {
        private const string Version = "2.2.0";
        private const string Stroke = "#333333";

        /// <summary>Creates a writer.</summary>
        public ThreatDragonWriter(CatalogView catalog, string catalogVersion) : base(catalog, catalogVersion)
        {
        }

        /// <inheritdoc />
        public override bool HoldsManyServices => false;

        /// <inheritdoc />
        public override string Extension => ".threat-dragon.json";

        /// <inheritdoc />
        public override void Write(Stream stream, IReadOnlyList<ServiceThreatModel> models)
        {
            if (models.Count != 1) throw new ArgumentException("A Threat Dragon model holds one service.", nameof(models));
            var model = models[0];
            var service = model.Service;
            string Id(string part) => ThreatModelEntry.StableId(service.ServiceName, part);
            var actor = Id("actor");
            var process = Id("process");
            var store = Id("store");
            using var json = JsonFile.Open(stream);
            json.WriteStartObject();
            json.WriteString("version", Version);
            json.WriteStartObject("summary");
            json.WriteString("title", Label(MessageKey.ThreatModelTitle, service.ServiceName));
            json.WriteString("owner", service.Owner ?? "");
            json.WriteString("description", $"{service.ServiceModel} / {DeploymentText(service)}; {Label(MessageKey.ThreatModelVendor)}: {service.Vendor ?? Label(MessageKey.ThreatModelNotRecorded)}; {Label(MessageKey.ThreatModelCatalogVersion)}: {CatalogVersion}");
            json.WriteNumber("id", 0);
            json.WriteEndObject();
            json.WriteStartObject("detail");
            json.WriteStartArray("contributors");
            json.WriteEndArray();
            json.WriteStartArray("diagrams");
            json.WriteStartObject();
            json.WriteNumber("id", 0);
            json.WriteString("title", Label(MessageKey.ThreatModelDiagram, service.ServiceName));
            json.WriteString("diagramType", "CIA");
            json.WriteString("placeholder", "");
            json.WriteString("thumbnail", "./public/content/images/thumbnail.cia.jpg");
            json.WriteString("version", Version);
            json.WriteStartArray("cells");
            Boundary(json, Id("boundary"));
            Node(json, actor, "actor", "tm.Actor", Label(MessageKey.ThreatModelCustomer), 60, 200, 1, null);
            Node(json, process, "process", "tm.Process", service.ServiceName, 420, 180, 2, model.Entries);
            Node(json, store, "store", "tm.Store", Label(MessageKey.ThreatModelServiceData, service.ServiceName), 420, 400, 3, null);
            Flow(json, Id("flow-use"), Label(MessageKey.ThreatModelFlowUse), actor, process, 4, isPublicNetwork: service.DeploymentModel != DeploymentModel.Private);
            Flow(json, Id("flow-data"), Label(MessageKey.ThreatModelFlowData), process, store, 5, isPublicNetwork: false);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteNumber("diagramTop", 1);
            json.WriteString("reviewer", "");
            json.WriteNumber("threatTop", model.Entries.Count);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private void Node(Utf8JsonWriter json, string id, string shape, string type, string name, int x, int y, int z, IReadOnlyList<ThreatModelEntry>? entries)
        {
            json.WriteStartObject();
            json.WriteStartObject("position");
            json.WriteNumber("x", x);
            json.WriteNumber("y", y);
            json.WriteEndObject();
            json.WriteStartObject("size");
            json.WriteNumber("width", shape == "actor" ? 160 : 200);
            json.WriteNumber("height", shape == "store" ? 80 : 120);
            json.WriteEndObject();
            json.WriteStartObject("attrs");
            json.WriteStartObject("text");
            json.WriteString("text", name);
            json.WriteEndObject();
            json.WriteStartObject("body");
            json.WriteString("stroke", entries is { Count: > 0 } && entries.Any(IsOpen) ? "red" : Stroke);
            json.WriteNumber("strokeWidth", 1.5);
            json.WriteString("strokeDasharray", "");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteBoolean("visible", true);
            json.WriteString("shape", shape);
            json.WriteString("id", id);
            json.WriteNumber("zIndex", z);
            json.WriteStartObject("data");
            json.WriteString("type", type);
            json.WriteString("name", name);
            json.WriteString("description", "");
            json.WriteBoolean("outOfScope", false);
            json.WriteString("reasonOutOfScope", "");
            json.WriteBoolean("hasOpenThreats", entries is not null && entries.Any(IsOpen));
            switch (shape)
            {
                case "actor":
                    json.WriteBoolean("providesAuthentication", false);
                    break;
                case "process":
                    json.WriteBoolean("handlesCardPayment", false);
                    json.WriteBoolean("handlesGoodsOrServices", false);
                    json.WriteBoolean("isWebApplication", false);
                    json.WriteString("privilegeLevel", "");
                    break;
                case "store":
                    json.WriteBoolean("isALog", false);
                    json.WriteBoolean("storesCredentials", false);
                    json.WriteBoolean("isEncrypted", false);
                    json.WriteBoolean("isSigned", false);
                    json.WriteBoolean("storesInventory", false);
                    break;
            }
            json.WriteStartArray("threats");
            var number = 0;
            foreach (var entry in entries ?? Array.Empty<ThreatModelEntry>()) Threat(json, entry, ++number);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private void Threat(Utf8JsonWriter json, ThreatModelEntry entry, int number)
        {
            json.WriteStartObject();
            json.WriteString("id", entry.Id);
            json.WriteString("title", entry.ThreatId + " " + entry.Name);
            json.WriteString("status", IsOpen(entry) ? "Open" : "NA");
            json.WriteString("severity", entry.Relevance == ThreatRelevance.NotApplicable ? "Low" : entry.Relevance.ToString());
            json.WriteString("type", CiaType(entry.Category));
            json.WriteString("modelType", "CIA");
            json.WriteString("description", $"{entry.Description}\n{Label(MessageKey.ThreatModelRelevance)}: {entry.Relevance} ({entry.RelevanceRule}): {entry.RelevanceRationale}\n{Label(MessageKey.ThreatModelAttackTechniques)}: {string.Join(", ", entry.AttackTechniques)}\n{Label(MessageKey.ThreatModelResidualOwner)}: {entry.Owner}");
            json.WriteString("mitigation", string.Join("\n", MitigationLines(entry)));
            json.WriteNumber("number", number);
            json.WriteString("score", "");
            json.WriteBoolean("new", false);
            json.WriteEndObject();
        }

        private static void Flow(Utf8JsonWriter json, string id, string name, string source, string target, int z, bool isPublicNetwork)
        {
            json.WriteStartObject();
            json.WriteString("shape", "flow");
            json.WriteStartObject("attrs");
            json.WriteStartObject("line");
            json.WriteString("stroke", Stroke);
            json.WriteNumber("strokeWidth", 1.5);
            json.WriteStartObject("targetMarker");
            json.WriteString("name", "classic");
            json.WriteEndObject();
            json.WriteStartObject("sourceMarker");
            json.WriteString("name", "classic");
            json.WriteEndObject();
            json.WriteString("strokeDasharray", "");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("id", id);
            json.WriteNumber("zIndex", z);
            json.WriteString("connector", "smooth");
            json.WriteStartObject("data");
            json.WriteString("type", "tm.Flow");
            json.WriteString("name", name);
            json.WriteString("description", "");
            json.WriteBoolean("outOfScope", false);
            json.WriteString("reasonOutOfScope", "");
            json.WriteString("protocol", "");
            json.WriteBoolean("isEncrypted", false);
            json.WriteBoolean("isPublicNetwork", isPublicNetwork);
            json.WriteBoolean("isBidirectional", true);
            json.WriteBoolean("hasOpenThreats", false);
            json.WriteStartArray("threats");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("source");
            json.WriteString("cell", source);
            json.WriteEndObject();
            json.WriteStartObject("target");
            json.WriteString("cell", target);
            json.WriteEndObject();
            json.WriteStartArray("vertices");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        private void Boundary(Utf8JsonWriter json, string id)
        {
            json.WriteStartObject();
            json.WriteString("shape", "trust-boundary-curve");
            json.WriteStartObject("attrs");
            json.WriteStartObject("line");
            json.WriteString("stroke", Stroke);
            json.WriteNumber("strokeWidth", 3);
            json.WriteStartObject("targetMarker");
            json.WriteString("name", "");
            json.WriteEndObject();
            json.WriteStartObject("sourceMarker");
            json.WriteString("name", "");
            json.WriteEndObject();
            json.WriteString("strokeDasharray", "10 5");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("id", id);
            json.WriteNumber("zIndex", 0);
            json.WriteString("connector", "smooth");
            json.WriteStartObject("data");
            json.WriteString("type", "tm.Boundary");
            json.WriteString("name", Label(MessageKey.ThreatModelBoundary));
            json.WriteString("description", "");
            json.WriteBoolean("isTrustBoundary", true);
            json.WriteBoolean("hasOpenThreats", false);
            json.WriteEndObject();
            json.WriteStartObject("source");
            json.WriteNumber("x", 320);
            json.WriteNumber("y", 120);
            json.WriteEndObject();
            json.WriteStartObject("target");
            json.WriteNumber("x", 320);
            json.WriteNumber("y", 520);
            json.WriteEndObject();
            json.WriteStartArray("vertices");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static bool IsOpen(ThreatModelEntry entry) => entry.Relevance != ThreatRelevance.NotApplicable;

        // Threat Dragon's CIA types: an outage is about availability; an attack on the cloud reaches
        // the customer's data (confidentiality); the cloud used against others is about integrity.
        private static string CiaType(ThreatCategory category) => category switch
        {
            ThreatCategory.NonAttack => "Availability",
            ThreatCategory.AttackOnCloud => "Confidentiality",
            _ => "Integrity",
        };
    }
}

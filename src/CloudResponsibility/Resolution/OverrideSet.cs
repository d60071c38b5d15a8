using System;
using System.Collections.Generic;
using CloudResponsibility.Model;
using CloudResponsibility.Parsing;

namespace CloudResponsibility.Resolution
{
    /// <summary>
    /// Contract overrides from a separate file, keyed by service name (NFKC-normalised, trimmed,
    /// case-insensitive: as duplicate names are found, so that a name written with half-width
    /// katakana, decomposed accents or full-width letters gets its override). An entry
    /// here wins over the inventory's own ContractOverrides cell for the same service and layer:
    /// the file is the later, more specific statement of the contract.
    /// </summary>
    public sealed class OverrideSet
    {
        private readonly Dictionary<string, ServiceOverrides> byService =
            new Dictionary<string, ServiceOverrides>(StringComparer.OrdinalIgnoreCase);

        /// <summary>An empty set.</summary>
        public static OverrideSet Empty => new OverrideSet();

        /// <summary>The number of overrides.</summary>
        public int Count { get; private set; }

        /// <summary>Adds (or replaces) the override of a service's layer.</summary>
        public void Add(string serviceName, ContractOverride contractOverride) => Add(serviceName, contractOverride, null, null);

        /// <summary>Adds (or replaces) the override of a service's layer, read from a file's row.</summary>
        internal void Add(string serviceName, ContractOverride contractOverride, string? file, long? row)
        {
            var key = KeyOf(serviceName);
            if (!byService.TryGetValue(key, out var layers)) byService[key] = layers = new ServiceOverrides(serviceName.Trim(), file, row);
            if (!layers.ContainsKey(contractOverride.Layer)) Count++;
            layers[contractOverride.Layer] = contractOverride;
        }

        /// <summary>The override of a service's layer: this set's, else the service's own, else null.</summary>
        public ContractOverride? For(CloudService service, Layer layer) => Pick(FromFileFor(service), service, layer);

        /// <summary>This set's overrides of a service, by layer; null when it has none.</summary>
        internal IReadOnlyDictionary<Layer, ContractOverride>? FromFileFor(CloudService service)
        {
            if (byService.Count == 0 || !byService.TryGetValue(KeyOf(service.ServiceName), out var layers)) return null;
            layers.Matched = true;
            return layers;
        }

        /// <summary>
        /// The services this set has overrides for that no service looked up so far matched — a name
        /// misspelt in the override file, or a service gone from the inventory — each with the file
        /// and row of its first override (null when added by code), in the order they were added.
        /// </summary>
        public IEnumerable<(string ServiceName, string? File, long? Row)> Unmatched()
        {
            foreach (var layers in byService.Values)
                if (!layers.Matched) yield return (layers.ServiceName, layers.File, layers.Row);
        }

        /// <summary>The key a service name is found by.</summary>
        internal static string KeyOf(string serviceName) => TextNormalizer.Normalize(serviceName);

        /// <summary>The override of a layer: from the file's overrides of the service, else the service's own, else null.</summary>
        internal static ContractOverride? Pick(IReadOnlyDictionary<Layer, ContractOverride>? fromFile, CloudService service, Layer layer)
        {
            if (fromFile is not null && fromFile.TryGetValue(layer, out var fromFileOverride)) return fromFileOverride;
            var own = service.ContractOverrides;
            for (var i = 0; i < own.Count; i++)
                if (own[i].Layer == layer) return own[i];
            return null;
        }

        /// <summary>A service's overrides by layer, with where the first came from and whether a service matched them.</summary>
        private sealed class ServiceOverrides : Dictionary<Layer, ContractOverride>
        {
            public ServiceOverrides(string serviceName, string? file, long? row)
            {
                ServiceName = serviceName;
                File = file;
                Row = row;
            }

            public string ServiceName { get; }

            public string? File { get; }

            public long? Row { get; }

            // Set from any thread that resolves services; a lost race still leaves it true.
            public bool Matched { get; set; }
        }
    }
}

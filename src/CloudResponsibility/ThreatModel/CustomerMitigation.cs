using CloudResponsibility.Model;

namespace CloudResponsibility.ThreatModel
{
    /// <summary>
    /// A layer in which the customer's duties mitigate a threat and which the customer owns or
    /// shares under the service's matrix, after contract overrides. Prints as the layer.
    /// </summary>
    public sealed class CustomerMitigation
    {
        internal CustomerMitigation(Layer layer, string layerName, Owner owner, string duty, string? clause)
        {
            Layer = layer;
            LayerName = layerName;
            Owner = owner;
            Duty = duty;
            Clause = clause;
        }

        /// <summary>The layer.</summary>
        public Layer Layer { get; }

        /// <summary>The layer's name in the call's language.</summary>
        public string LayerName { get; }

        /// <summary>Customer or Shared: who owns the layer for this service.</summary>
        public Owner Owner { get; }

        /// <summary>The customer's duty in the layer under the general split; empty where only a contract gives the customer the layer.</summary>
        public string Duty { get; }

        /// <summary>The contract clause that gave the layer its owner, when a contract override did.</summary>
        public string? Clause { get; }

        /// <inheritdoc />
        public override string ToString() => Layer.ToString();
    }
}

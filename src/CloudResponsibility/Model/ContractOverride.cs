using System;

namespace CloudResponsibility.Model
{
    /// <summary>
    /// A contract's departure from the general split (MIC-GL3 I.6: the split is agreed per service):
    /// in <see cref="Layer"/>, <see cref="Owner"/> is responsible, as <see cref="Clause"/> says.
    /// Text form, as in an inventory cell: <c>Layer=Owner</c> or <c>Layer=Owner:clause</c>.
    /// </summary>
    public sealed class ContractOverride : IEquatable<ContractOverride>
    {
        /// <summary>Creates an override.</summary>
        public ContractOverride(Layer layer, Owner owner, string? clause)
        {
            Layer = layer;
            Owner = owner;
            Clause = string.IsNullOrWhiteSpace(clause) ? null : clause!.Trim();
        }

        /// <summary>The layer whose owner the contract sets.</summary>
        public Layer Layer { get; }

        /// <summary>The owner the contract sets.</summary>
        public Owner Owner { get; }

        /// <summary>The contract clause that says so, if given.</summary>
        public string? Clause { get; }

        /// <summary>The override as an inventory cell writes it.</summary>
        public override string ToString() => Clause is null ? $"{Layer}={Owner}" : $"{Layer}={Owner}:{Clause}";

        /// <inheritdoc />
        public bool Equals(ContractOverride? other) =>
            other is not null && Layer == other.Layer && Owner == other.Owner && string.Equals(Clause, other.Clause, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as ContractOverride);

        /// <inheritdoc />
        public override int GetHashCode() => ((int)Layer * 397) ^ ((int)Owner * 31) ^ (Clause?.GetHashCode() ?? 0);
    }
}

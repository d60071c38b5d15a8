using System;
using System.Collections.Generic;
using CloudResponsibility.Inventory;

namespace CloudResponsibility.Disclosure
{
    /// <summary>What <see cref="DisclosureEvaluator.Evaluate"/> made of a record: a result (with any warnings), or the error that rejected the row.</summary>
    public readonly struct DisclosureEvaluation
    {
        private readonly IReadOnlyList<InventoryWarning>? warnings;

        internal DisclosureEvaluation(DisclosureResult? result, InventoryError? error, IReadOnlyList<InventoryWarning>? warnings, DataLocationConflict? locationConflict = null)
        {
            Result = result;
            Error = error;
            this.warnings = warnings;
            LocationConflict = locationConflict;
        }

        /// <summary>The result; null when the row was rejected.</summary>
        public DisclosureResult? Result { get; }

        /// <summary>Why the row was rejected: a line answered twice, a service model unknown or in conflict.</summary>
        public InventoryError? Error { get; }

        /// <summary>Warnings about the row, which was still judged (certifications the catalog does not know, countries the inventory's DataLocation does not list).</summary>
        public IReadOnlyList<InventoryWarning> Warnings => warnings ?? Array.Empty<InventoryWarning>();

        /// <summary>The countries the answer names that the inventory's DataLocation does not list, on a line about where the data is; null when none (or no inventory gave the service).</summary>
        public DataLocationConflict? LocationConflict { get; }
    }
}

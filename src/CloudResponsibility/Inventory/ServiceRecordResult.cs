using System;
using System.Collections.Generic;
using CloudResponsibility.Model;

namespace CloudResponsibility.Inventory
{
    /// <summary>What <see cref="ServiceRecordBuilder.Build"/> made of a row: a service, or the errors that kept it from being one.</summary>
    public readonly struct ServiceRecordResult
    {
        private readonly IReadOnlyList<InventoryError>? errors;

        internal ServiceRecordResult(CloudService? service, IReadOnlyList<InventoryError>? errors, string? serviceName = null)
        {
            Service = service;
            this.errors = errors;
            ServiceName = service?.ServiceName ?? serviceName;
        }

        /// <summary>The service; null when the row has errors.</summary>
        public CloudService? Service { get; }

        /// <summary>
        /// The service the row names, trimmed; null when its ServiceName cell is empty. Given with
        /// the errors too: a row whose other cells cannot be read still says which service it is.
        /// </summary>
        public string? ServiceName { get; }

        /// <summary>Every error of the row, in column order; empty when the row made a service.</summary>
        public IReadOnlyList<InventoryError> Errors => errors ?? Array.Empty<InventoryError>();

        /// <summary>Whether the row made a service.</summary>
        public bool Succeeded => Service is not null;
    }
}

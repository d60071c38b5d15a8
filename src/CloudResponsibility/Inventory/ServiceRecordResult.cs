using System;
using System.Collections.Generic;
using CloudResponsibility.Model;

namespace CloudResponsibility.Inventory
{
    /// <summary>What <see cref="ServiceRecordBuilder.Build"/> made of a row: a service, or the errors that kept it from being one.</summary>
    public readonly struct ServiceRecordResult
    {
        private readonly IReadOnlyList<InventoryError>? errors;

        internal ServiceRecordResult(CloudService? service, IReadOnlyList<InventoryError>? errors)
        {
            Service = service;
            this.errors = errors;
        }

        /// <summary>The service; null when the row has errors.</summary>
        public CloudService? Service { get; }

        /// <summary>Every error of the row, in column order; empty when the row made a service.</summary>
        public IReadOnlyList<InventoryError> Errors => errors ?? Array.Empty<InventoryError>();

        /// <summary>Whether the row made a service.</summary>
        public bool Succeeded => Service is not null;
    }
}

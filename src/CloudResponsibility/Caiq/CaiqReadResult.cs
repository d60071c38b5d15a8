using System;
using System.Collections.Generic;
using CloudResponsibility.Inventory;

namespace CloudResponsibility.Caiq
{
    /// <summary>What <see cref="CaiqReader.Read"/> moved to: a question's answer, or the errors of a row or of the file.</summary>
    public readonly struct CaiqReadResult
    {
        internal CaiqReadResult(CaiqAnswer? answer, IReadOnlyList<InventoryError>? errors)
        {
            Answer = answer;
            Errors = errors ?? Array.Empty<InventoryError>();
        }

        /// <summary>The answer read; null when the row (or the file) has errors instead.</summary>
        public CaiqAnswer? Answer { get; }

        /// <summary>The errors; empty for an answer.</summary>
        public IReadOnlyList<InventoryError> Errors { get; }
    }
}

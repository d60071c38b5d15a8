using System;
using System.Collections.Generic;
using CloudResponsibility.Inventory;

namespace CloudResponsibility.Disclosure
{
    /// <summary>
    /// What a row of a questionnaire made: a record, or the errors that kept it from being one (a
    /// ServiceName or ItemId missing, or a header's problems) — or both, for a row with cells that
    /// cannot be read (an Answer that is no accepted answer, a ValidUntil that is no date, a
    /// ServiceModel that is no model): the record, to judge as answered, and the errors, so that
    /// nothing is dropped.
    /// </summary>
    public readonly struct AnswerRecordResult
    {
        private readonly IReadOnlyList<InventoryError>? errors;

        internal AnswerRecordResult(AnswerRecord? record, IReadOnlyList<InventoryError>? errors)
        {
            Record = record;
            this.errors = errors;
        }

        /// <summary>The record; null when the row's errors keep it from being one (it names no service or no line).</summary>
        public AnswerRecord? Record { get; }

        /// <summary>Every error of the row, in column order; empty when it made a record that holds every cell as read.</summary>
        public IReadOnlyList<InventoryError> Errors => errors ?? Array.Empty<InventoryError>();
    }
}

using CloudResponsibility.Inventory;

namespace CloudResponsibility.Disclosure.Caiq
{
    /// <summary>What <see cref="CaiqEvaluator.Add"/> made of an answer: accepted (its results come at the end), or the error that rejected it.</summary>
    public readonly struct CaiqEvaluation
    {
        internal CaiqEvaluation(InventoryError? error)
        {
            Error = error;
        }

        /// <summary>Why the answer was rejected: its service's model unknown or in conflict, or its question answered before; null when accepted.</summary>
        public InventoryError? Error { get; }
    }
}

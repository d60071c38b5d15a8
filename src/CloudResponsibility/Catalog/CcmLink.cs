namespace CloudResponsibility.Catalog
{
    /// <summary>One link of the CCM crosswalk: a questionnaire line and a CCM v4 control it corresponds to, with why, in one language. Immutable.</summary>
    public sealed class CcmLink
    {
        internal CcmLink(string itemId, string controlId, string controlLabel, string rationale)
        {
            ItemId = itemId;
            ControlId = controlId;
            ControlLabel = controlLabel;
            Rationale = rationale;
        }

        /// <summary>The questionnaire line: <c>CHK-TE-05.1</c>.</summary>
        public string ItemId { get; }

        /// <summary>The CCM v4 control: <c>CEK-03</c>.</summary>
        public string ControlId { get; }

        /// <summary>Our own short label of the control (never CSA's text).</summary>
        public string ControlLabel { get; }

        /// <summary>Why the line and the control correspond.</summary>
        public string Rationale { get; }

        /// <inheritdoc />
        public override string ToString() => $"{ItemId} → {ControlId}";
    }
}

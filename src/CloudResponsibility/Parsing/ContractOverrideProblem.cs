namespace CloudResponsibility.Parsing
{
    /// <summary>Why an item of a contract-overrides cell cannot be read.</summary>
    public enum ContractOverrideProblem
    {
        /// <summary>It is not of the form <c>Layer=Owner</c> or <c>Layer=Owner:clause</c>.</summary>
        NotLayerEqualsOwner,
        /// <summary>Its layer is none of the model's layers; the detail is the layer as written.</summary>
        UnknownLayer,
        /// <summary>Its owner is not Customer, Provider or Shared; the detail is the owner as written.</summary>
        UnknownOwner,
        /// <summary>It sets a layer an earlier item of the cell set; the detail is the layer.</summary>
        RepeatedLayer,
    }
}

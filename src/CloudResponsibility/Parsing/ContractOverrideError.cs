namespace CloudResponsibility.Parsing
{
    /// <summary>The item of a contract-overrides cell that cannot be read, and why. Immutable.</summary>
    public sealed class ContractOverrideError
    {
        /// <summary>Creates the error.</summary>
        public ContractOverrideError(string item, ContractOverrideProblem problem, string detail)
        {
            Item = item;
            Problem = problem;
            Detail = detail;
        }

        /// <summary>The item as written, trimmed.</summary>
        public string Item { get; }

        /// <summary>What is wrong with it.</summary>
        public ContractOverrideProblem Problem { get; }

        /// <summary>The part at fault: the layer or owner as written, or the layer set twice; the item itself for <see cref="ContractOverrideProblem.NotLayerEqualsOwner"/>.</summary>
        public string Detail { get; }
    }
}

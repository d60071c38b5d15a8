namespace CloudResponsibility.Resolution
{
    /// <summary>A condition that held, with the value that made it hold: the reason a legal point applies.</summary>
    public sealed class TriggerMatch
    {
        internal TriggerMatch(TriggerCondition condition, string actualValue)
        {
            Condition = condition;
            ActualValue = actualValue;
        }

        /// <summary>The condition.</summary>
        public TriggerCondition Condition { get; }

        /// <summary>The service's value that made it hold.</summary>
        public string ActualValue { get; }

        /// <summary>E.g. <c>DataLocation=US</c>.</summary>
        public override string ToString() => $"{Condition.Attribute}={ActualValue}";
    }
}

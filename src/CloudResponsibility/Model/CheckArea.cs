namespace CloudResponsibility.Model
{
    /// <summary>The areas of the customer's pre-contract checks (CSO §3).</summary>
    public enum CheckArea
    {
        /// <summary>The data centre's own security.</summary>
        DataCentre,
        /// <summary>The technical measures of the system.</summary>
        Technical,
        /// <summary>The provider's operations.</summary>
        Operational,
    }
}

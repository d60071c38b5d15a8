namespace CloudResponsibility.Model
{
    /// <summary>The languages the catalog speaks. IDs and property names never change with it.</summary>
    public enum Language
    {
        /// <summary>English.</summary>
        En,
        /// <summary>Japanese.</summary>
        Ja,
    }
}

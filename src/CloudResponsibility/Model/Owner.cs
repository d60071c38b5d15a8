namespace CloudResponsibility.Model
{
    /// <summary>Who secures a layer.</summary>
    public enum Owner
    {
        /// <summary>The cloud service customer.</summary>
        Customer,
        /// <summary>The cloud service provider.</summary>
        Provider,
        /// <summary>Both act; the matrix row says who does what.</summary>
        Shared,
    }
}

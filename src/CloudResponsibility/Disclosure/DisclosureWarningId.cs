namespace CloudResponsibility.Disclosure
{
    /// <summary>The stable IDs of a questionnaire's warnings: allowed, but worth a look; the row is still judged.</summary>
    public static class DisclosureWarningId
    {
        /// <summary>A CertificationName cell names something the catalog does not know as a certification; it is kept as written.</summary>
        public const string UnknownCertification = nameof(UnknownCertification);

        /// <summary>
        /// An answer to a line about where the data is names countries the inventory's DataLocation
        /// does not list (<see cref="DataLocationConflict"/>): the legal points judged from the
        /// inventory's location are unconfirmed until the location is confirmed.
        /// </summary>
        public const string DataLocationNotInInventory = nameof(DataLocationNotInInventory);
    }
}

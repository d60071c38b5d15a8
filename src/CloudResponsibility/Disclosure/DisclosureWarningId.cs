namespace CloudResponsibility.Disclosure
{
    /// <summary>The stable IDs of a questionnaire's warnings: allowed, but worth a look; the row is still judged.</summary>
    public static class DisclosureWarningId
    {
        /// <summary>A CertificationName cell names something the catalog does not know as a certification; it is kept as written.</summary>
        public const string UnknownCertification = nameof(UnknownCertification);
    }
}

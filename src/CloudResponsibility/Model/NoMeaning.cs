namespace CloudResponsibility.Model
{
    /// <summary>
    /// What a vendor's No to a questionnaire line means, as the catalog decides it per line
    /// (questionnaire-items.csv NoMeans, with the reason in NoMeansReason): whether the answer
    /// speaks of a measure, of information, or of the offering decides whether a No is a gap, in
    /// which layers, and which audit rule reports it.
    /// </summary>
    public enum NoMeaning
    {
        /// <summary>
        /// The line asks whether a measure is in place: a No leaves it missing, a gap in the line's
        /// layers for their owner to close (VND-01).
        /// </summary>
        Gap,
        /// <summary>
        /// The line only asks for information (the company's name, its founding date, its
        /// resellers, its manuals): a No withholds it — a gap in what the vendor discloses, in no
        /// layer and verifying no measure, reported at a lower severity (VND-09).
        /// </summary>
        Undisclosed,
        /// <summary>
        /// The line asks about a choice of the offering (whether a single-tenant environment is
        /// offered): any answer is a fact to weigh against the customer's requirements, and a No is
        /// no gap for either party.
        /// </summary>
        Fact,
    }
}

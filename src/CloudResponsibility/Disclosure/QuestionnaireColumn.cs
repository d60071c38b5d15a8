namespace CloudResponsibility.Disclosure
{
    /// <summary>
    /// The columns of a filled questionnaire that the tool reads. <see cref="QuestionnaireColumnNames"/>
    /// lists the headers that name each; the other columns the tool writes itself (Question, Area …)
    /// are taken from the catalog, and any column it does not know is kept on the result.
    /// </summary>
    public enum QuestionnaireColumn
    {
        /// <summary>The service the answer is about (required).</summary>
        ServiceName,
        /// <summary>The service's vendor.</summary>
        Vendor,
        /// <summary>The service's model: SaaS, PaaS or IaaS (required on the first row of a service not in the inventory given).</summary>
        ServiceModel,
        /// <summary>The questionnaire line answered: <c>CHK-TE-05.4</c>, <c>DIS-05.2</c> (required).</summary>
        ItemId,
        /// <summary>The answer: Yes, No, Partial or NotApplicable (the column is required; a cell may be empty).</summary>
        Answer,
        /// <summary>The evidence named.</summary>
        Evidence,
        /// <summary>The certification the answer rests on.</summary>
        CertificationName,
        /// <summary>Until when the answer is valid.</summary>
        ValidUntil,
        /// <summary>The vendor's comment.</summary>
        Comment,
    }
}

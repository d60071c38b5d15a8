namespace CloudResponsibility.Caiq
{
    /// <summary>The columns of a CAIQ v4 sheet that are read; the CCM columns right of them are not.</summary>
    internal enum CaiqColumn
    {
        /// <summary>"Question ID": CEK-03.1. Required.</summary>
        QuestionId,
        /// <summary>"Question": the question's text. Optional.</summary>
        Question,
        /// <summary>"CSP CAIQ Answer": Yes, No or NA. Required.</summary>
        Answer,
        /// <summary>"SSRM Control Ownership". Required: it is what a v4 CAIQ adds.</summary>
        Ownership,
        /// <summary>"CSP Implementation Description (Optional/Recommended)". Optional.</summary>
        ImplementationDescription,
        /// <summary>"CSC Responsibilities (Optional/Recommended)". Optional.</summary>
        CustomerResponsibilities,
    }
}

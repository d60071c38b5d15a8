using System;

namespace CloudResponsibility.Audit
{
    /// <summary>
    /// A questionnaire file read without an error and without an answer row: empty, or a header
    /// alone. A scheduled audit must not take it for a questionnaire with nothing to find.
    /// </summary>
    public sealed class QuestionnaireEmptyException : Exception
    {
        /// <summary>Creates the exception with its message.</summary>
        public QuestionnaireEmptyException(string message)
            : base(message)
        {
        }
    }
}

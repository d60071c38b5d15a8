using System.Text.RegularExpressions;
using CloudResponsibility.Parsing;

namespace CloudResponsibility.Caiq
{
    /// <summary>
    /// A CAIQ v4 question ID as CSA numbers them: a CCM domain (two to four letters, A&amp;A with its
    /// ampersand), a two-digit control number and the question's number: <c>A&amp;A-01.1</c>,
    /// <c>CEK-03.1</c>. Read trimmed, in any case and width; written in upper case.
    /// </summary>
    internal static class CaiqQuestionId
    {
        private static readonly Regex Shape = new Regex(@"^[A-Z][A-Z&]{1,3}-[0-9]{2}\.[0-9]{1,2}$", RegexOptions.CultureInvariant);

        public static bool TryParse(string cell, out string questionId)
        {
            questionId = TextNormalizer.Normalize(cell).ToUpperInvariant();
            return Shape.IsMatch(questionId);
        }
    }
}

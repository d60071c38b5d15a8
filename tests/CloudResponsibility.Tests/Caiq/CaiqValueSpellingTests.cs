using CloudResponsibility.Caiq;
using Xunit;

namespace CloudResponsibility.Tests.Caiq
{
    public sealed class CaiqValueSpellingTests
    {
        [Theory]
        [InlineData("Yes", CaiqAnswerValue.Yes)]
        [InlineData("YES", CaiqAnswerValue.Yes)]
        [InlineData(" yes ", CaiqAnswerValue.Yes)]
        [InlineData("Ｙｅｓ", CaiqAnswerValue.Yes)]
        [InlineData("はい", CaiqAnswerValue.Yes)]
        [InlineData("No", CaiqAnswerValue.No)]
        [InlineData("no", CaiqAnswerValue.No)]
        [InlineData("ＮＯ", CaiqAnswerValue.No)]
        [InlineData("いいえ", CaiqAnswerValue.No)]
        [InlineData("NA", CaiqAnswerValue.NotApplicable)]
        [InlineData("na", CaiqAnswerValue.NotApplicable)]
        [InlineData("N/A", CaiqAnswerValue.NotApplicable)]
        [InlineData("n/a", CaiqAnswerValue.NotApplicable)]
        [InlineData("Not Applicable", CaiqAnswerValue.NotApplicable)]
        [InlineData("not applicable", CaiqAnswerValue.NotApplicable)]
        [InlineData("NotApplicable", CaiqAnswerValue.NotApplicable)]
        [InlineData("該当なし", CaiqAnswerValue.NotApplicable)]
        [InlineData("", CaiqAnswerValue.Missing)]
        [InlineData("   ", CaiqAnswerValue.Missing)]
        [InlineData("\u3000", CaiqAnswerValue.Missing)]
        [InlineData(null, CaiqAnswerValue.Missing)]
        public void Answer_EverySpelling_ReadsAsItsValue(string? cell, CaiqAnswerValue expected)
        {
            Assert.True(CaiqAnswerParser.TryParse(cell, out var answer));
            Assert.Equal(expected, answer);
        }

        [Theory]
        [InlineData("Partial")]
        [InlineData("Yes, partly")]
        [InlineData("TBD")]
        [InlineData("-")]
        public void Answer_OtherText_IsNotRead(string cell) => Assert.False(CaiqAnswerParser.TryParse(cell, out _));

        [Theory]
        [InlineData("CSP-owned", CaiqOwnership.CspOwned)]
        [InlineData("csp owned", CaiqOwnership.CspOwned)]
        [InlineData("CSP-Owned", CaiqOwnership.CspOwned)]
        [InlineData("ＣＳＰ－ｏｗｎｅｄ", CaiqOwnership.CspOwned)]
        [InlineData("CspOwned", CaiqOwnership.CspOwned)]
        [InlineData("CSC-owned", CaiqOwnership.CscOwned)]
        [InlineData("csc-OWNED", CaiqOwnership.CscOwned)]
        [InlineData("Shared CSP and CSC", CaiqOwnership.SharedCspAndCsc)]
        [InlineData("shared  csp and\ncsc", CaiqOwnership.SharedCspAndCsc)]
        [InlineData("SharedCspAndCsc", CaiqOwnership.SharedCspAndCsc)]
        [InlineData("Third-party outsourced", CaiqOwnership.ThirdPartyOutsourced)]
        [InlineData("3rd-party outsourced", CaiqOwnership.ThirdPartyOutsourced)]
        [InlineData("THIRD PARTY OUTSOURCED", CaiqOwnership.ThirdPartyOutsourced)]
        [InlineData("Shared CSP and 3rd-party", CaiqOwnership.SharedCspAndThirdParty)]
        [InlineData("Shared CSP and Third-party", CaiqOwnership.SharedCspAndThirdParty)]
        [InlineData("shared csp and 3rd party", CaiqOwnership.SharedCspAndThirdParty)]
        [InlineData("", CaiqOwnership.Unspecified)]
        [InlineData(" ", CaiqOwnership.Unspecified)]
        [InlineData(null, CaiqOwnership.Unspecified)]
        public void Ownership_EverySpelling_ReadsAsItsValue(string? cell, CaiqOwnership expected)
        {
            Assert.True(CaiqOwnershipParser.TryParse(cell, out var ownership));
            Assert.Equal(expected, ownership);
        }

        [Theory]
        [InlineData("Provider")]
        [InlineData("CSP")]
        [InlineData("Shared")]
        [InlineData("Customer-owned")]
        public void Ownership_OtherText_IsNotRead(string cell) => Assert.False(CaiqOwnershipParser.TryParse(cell, out _));

        [Theory]
        [InlineData("A&A-01.1", "A&A-01.1")]
        [InlineData("CEK-03.1", "CEK-03.1")]
        [InlineData(" cek-03.1 ", "CEK-03.1")]
        [InlineData("ＤＳＰ－０７．１", "DSP-07.1")]
        [InlineData("STA-14.12", "STA-14.12")]
        public void QuestionId_CsaShapes_AreReadInUpperCase(string cell, string expected)
        {
            Assert.True(CaiqQuestionId.TryParse(cell, out var id));
            Assert.Equal(expected, id);
        }

        [Theory]
        [InlineData("CEK-03")]
        [InlineData("CEK-3.1")]
        [InlineData("CEK03.1")]
        [InlineData("Question 12")]
        [InlineData("CEK-03.1a")]
        public void QuestionId_OtherShapes_AreMalformed(string cell) => Assert.False(CaiqQuestionId.TryParse(cell, out _));

        [Theory]
        [InlineData("Question ID", "QuestionId")]
        [InlineData("QUESTION\nID", "QuestionId")]
        [InlineData("Question", "Question")]
        [InlineData("CSP CAIQ Answer", "Answer")]
        [InlineData("CSP  CAIQ\r\nAnswer", "Answer")]
        [InlineData("SSRM Control Ownership", "Ownership")]
        [InlineData("CSP Implementation Description (Optional/Recommended)", "ImplementationDescription")]
        [InlineData("CSP Implementation Description\n(Optional / Recommended)", "ImplementationDescription")]
        [InlineData("CSC Responsibilities (Optional/Recommended)", "CustomerResponsibilities")]
        [InlineData("csc responsibilities", "CustomerResponsibilities")]
        public void ColumnNames_CsaHeadersAsWrittenVariously_AreFound(string header, string expected) =>
            Assert.Equal(expected, CaiqColumnNames.Find(header)?.ToString());

        [Theory]
        [InlineData("CCM Control ID")]
        [InlineData("CCM Control Specification")]
        [InlineData("CCM Domain Title")]
        [InlineData("Question Notes")]
        [InlineData("")]
        public void ColumnNames_OtherHeaders_AreNotRead(string header) => Assert.Null(CaiqColumnNames.Find(header));
    }
}

using CloudResponsibility.Model;
using CloudResponsibility.Parsing;
using Xunit;

namespace CloudResponsibility.Tests.Parsing
{
    public sealed class AnswerParserTests
    {
        [Theory]
        [InlineData("Yes", VendorAnswer.Yes)]
        [InlineData("yes", VendorAnswer.Yes)]
        [InlineData("ＹＥＳ", VendorAnswer.Yes)]
        [InlineData(" y ", VendorAnswer.Yes)]
        [InlineData("はい", VendorAnswer.Yes)]
        [InlineData("○", VendorAnswer.Yes)]
        [InlineData("〇", VendorAnswer.Yes)]
        [InlineData("◯", VendorAnswer.Yes)]
        [InlineData("可", VendorAnswer.Yes)]
        [InlineData("No", VendorAnswer.No)]
        [InlineData("NO", VendorAnswer.No)]
        [InlineData("ｎｏ", VendorAnswer.No)]
        [InlineData("いいえ", VendorAnswer.No)]
        [InlineData("×", VendorAnswer.No)]
        [InlineData("不可", VendorAnswer.No)]
        [InlineData("Partial", VendorAnswer.Partial)]
        [InlineData("partly", VendorAnswer.Partial)]
        [InlineData("PARTIALLY", VendorAnswer.Partial)]
        [InlineData("一部", VendorAnswer.Partial)]
        [InlineData("一部対応", VendorAnswer.Partial)]
        [InlineData("△", VendorAnswer.Partial)]
        [InlineData("NotApplicable", VendorAnswer.NotApplicable)]
        [InlineData("Not applicable", VendorAnswer.NotApplicable)]
        [InlineData("not_applicable", VendorAnswer.NotApplicable)]
        [InlineData("N/A", VendorAnswer.NotApplicable)]
        [InlineData("n/a", VendorAnswer.NotApplicable)]
        [InlineData("Ｎ／Ａ", VendorAnswer.NotApplicable)]
        [InlineData("NA", VendorAnswer.NotApplicable)]
        [InlineData("該当なし", VendorAnswer.NotApplicable)]
        [InlineData("該当無し", VendorAnswer.NotApplicable)]
        [InlineData("対象外", VendorAnswer.NotApplicable)]
        public void TryParse_AcceptedSpelling_ReadsTheAnswer(string text, VendorAnswer expected)
        {
            Assert.True(AnswerParser.TryParse(text, out var answer));
            Assert.Equal(expected, answer);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("\u3000")]
        public void TryParse_EmptyCell_IsNoAnswerYet(string? text)
        {
            Assert.True(AnswerParser.TryParse(text, out var answer));
            Assert.Null(answer);
        }

        [Theory]
        [InlineData("Maybe")]
        [InlineData("1")]
        [InlineData("true")]
        [InlineData("はい。詳細は別紙")]
        [InlineData("Yes, see the report")]
        public void TryParse_OtherText_IsRefused(string text) =>
            Assert.False(AnswerParser.TryParse(text, out _));
    }
}

using System;
using CloudResponsibility.Parsing;
using Xunit;

namespace CloudResponsibility.Tests.Parsing
{
    public sealed class DateParserTests
    {
        [Theory]
        [InlineData("2027/06/30")]
        [InlineData("2027/6/30")]
        [InlineData("2027-06-30")]
        [InlineData("2027-6-30")]
        [InlineData("2027.6.30")]
        [InlineData("2027年6月30日")]
        [InlineData("2027年06月30日")]
        [InlineData("２０２７／０６／３０")]
        [InlineData(" 2027/06/30 ")]
        [InlineData("2027/6/30 0:00")]
        [InlineData("2027/06/30 00:00:00")]
        [InlineData("2027-06-30T00:00:00")]
        [InlineData("2027-06-30T00:00:00.0000000Z")]
        [InlineData("2027-06-30T09:00:00+09:00")]
        public void TryParse_YearFirstForm_ReadsTheDateAtMidnight(string text)
        {
            Assert.True(DateParser.TryParse(text, out var date));
            Assert.Equal(new DateTime(2027, 6, 30), date);
            Assert.Equal(DateTimeKind.Unspecified, date.Kind);
        }

        [Theory]
        [InlineData("6/30/2027")]
        [InlineData("30/06/2027")]
        [InlineData("2027/02/30")]
        [InlineData("2027/13/01")]
        [InlineData("2027/00/10")]
        [InlineData("27/06/30")]
        [InlineData("June 30, 2027")]
        [InlineData("令和9年6月30日")]
        [InlineData("2027/06/30 noon")]
        [InlineData("")]
        [InlineData(null)]
        public void TryParse_OtherText_IsRefused(string? text) =>
            Assert.False(DateParser.TryParse(text, out _));

        [Fact]
        public void TryParse_LeapDay_OnlyInALeapYear()
        {
            Assert.True(DateParser.TryParse("2028/2/29", out _));
            Assert.False(DateParser.TryParse("2027/2/29", out _));
        }
    }
}

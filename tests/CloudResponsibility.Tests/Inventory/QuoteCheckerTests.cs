using System.Text;
using CloudResponsibility.Inventory;
using Xunit;

namespace CloudResponsibility.Tests.Inventory
{
    public sealed class QuoteCheckerTests
    {
        [Theory]
        [InlineData("a,b,c")]
        [InlineData("\"a\",\"b,c\"")]
        [InlineData("\"a\"\"b\",c")]
        [InlineData("\"line1\r\nline2\",x")]
        [InlineData("ab\"c,d")]
        [InlineData(" \"a\",b")]
        [InlineData("\"\",")]
        public void HasUnbalancedQuote_BalancedOrStray_ReturnsFalse(string record)
        {
            Assert.False(QuoteChecker.HasUnbalancedQuote(Encoding.UTF8.GetBytes(record), (byte)','));
        }

        [Theory]
        [InlineData("a,\"b")]
        [InlineData("a,\"b\nc,d\n")]
        [InlineData("\"ab\"c,d")]
        [InlineData("ab\"c,\"d\ne,f")]
        [InlineData("\"a\"\"")]
        public void HasUnbalancedQuote_OpenOrTextAfterClose_ReturnsTrue(string record)
        {
            Assert.True(QuoteChecker.HasUnbalancedQuote(Encoding.UTF8.GetBytes(record), (byte)','));
        }

        [Fact]
        public void HasUnbalancedQuote_OtherSeparator_SplitsOnIt()
        {
            Assert.False(QuoteChecker.HasUnbalancedQuote(Encoding.UTF8.GetBytes("\"a\";b"), (byte)';'));
            Assert.True(QuoteChecker.HasUnbalancedQuote(Encoding.UTF8.GetBytes("\"a\",b"), (byte)';'));
        }
    }
}

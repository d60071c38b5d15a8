using System;
using CloudResponsibility.Audit;
using CloudResponsibility.Inventory;
using Xunit;

namespace CloudResponsibility.Tests.Audit
{
    /// <summary>A suppression file cut off in the middle of a row says so, as the inventory's reader does; a last row that only lacks its line break does not.</summary>
    public sealed class SuppressionFileTests
    {
        private const string Header = "ServiceName,RuleId,Justification,Expires,Approver\r\n";
        private static readonly DateTime AsOf = new DateTime(2026, 12, 7);

        [Fact]
        public void Parse_ShortLastRowWithoutLineBreak_IsTruncatedFile()
        {
            var (_, errors, _) = SuppressionSet.Parse(Header + "Microsoft 365,LEG-03,accepted,2027-03-31,CISO\r\nAzure *,LEG-03", "suppressions.csv", AsOf);
            var error = Assert.Single(errors, e => e.ErrorId == InventoryErrorId.TruncatedFile);
            Assert.Equal(3, error.Row);
            Assert.Contains("Azure *,LEG-03", error.Message);
        }

        [Theory]
        [InlineData("Microsoft 365,LEG-03,accepted,2027-03-31,CISO")]
        [InlineData("Microsoft 365,LEG-03,accepted\r\n")]
        public void Parse_WholeLastRow_OrAShortOneEndedByALineBreak_IsNoTruncation(string rows)
        {
            var (_, errors, _) = SuppressionSet.Parse(Header + rows, "suppressions.csv", AsOf);
            Assert.DoesNotContain(errors, e => e.ErrorId == InventoryErrorId.TruncatedFile);
        }
    }
}

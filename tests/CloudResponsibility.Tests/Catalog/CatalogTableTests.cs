using CloudResponsibility.Catalog;
using Xunit;

namespace CloudResponsibility.Tests.Catalog
{
    /// <summary>A catalog file read into a table: quoting as RFC 4180 has it, and none other.</summary>
    public sealed class CatalogTableTests
    {
        [Fact]
        public void Parse_QuotedCellsWithCommasQuotesAndLineBreaks_ReadsThemAsWritten()
        {
            var table = CatalogTable.Parse("layers.csv", "Id,Name\r\nL1,\"Data, \"\"all\"\" of it\r\nand more\"\r\nL2,plain\r\n");

            Assert.Equal(2, table.Records.Count);
            Assert.Equal("Data, \"all\" of it\r\nand more", table.Records[0]["Name"]);
            Assert.Equal("plain", table.Records[1]["Name"]);
        }

        [Theory]
        [InlineData("Id,Name\r\nL1,ok\r\nL2,bro\"ken\r\n", "layers.csv: row 3")]
        [InlineData("Id,Name\r\nL1,\"closed\"then text\r\n", "layers.csv: row 2")]
        public void Parse_MalformedQuoting_ThrowsNamingTheFileAndRow(string text, string where)
        {
            var exception = Assert.Throws<CatalogValidationException>(() => CatalogTable.Parse("layers.csv", text));

            Assert.StartsWith(where + ":", Assert.Single(exception.Problems));
        }
    }
}

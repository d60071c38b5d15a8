using System.Linq;
using System.Text;
using CloudResponsibility.Inventory;
using Xunit;

namespace CloudResponsibility.Tests.Inventory
{
    /// <summary>
    /// Files without a header row, read with the column names given (Import-Csv's -Header): the
    /// first row is data; and UTF-16 without a byte order mark, whose header error hints at the encoding.
    /// </summary>
    public sealed class InventoryReaderGivenHeaderTests
    {
        [Fact]
        public void Read_WithAGivenHeader_ReadsTheFirstRowAsData()
        {
            var options = InventoryReaderOptions.Default with { Header = new[] { "ServiceName", "ServiceModel", "メモ" } };
            var read = InventoryRead.Text("Mail,SaaS,first\r\nVM,IaaS,second\r\n", options);
            Assert.Equal(new[] { "Mail", "VM" }, read.ServiceList.Select(s => s.ServiceName));
            Assert.Equal(2, read.DataRows);
            Assert.Empty(read.Errors);
        }

        [Fact]
        public void Read_WithAGivenHeader_NumbersRowsFromTheFirstLine()
        {
            var options = InventoryReaderOptions.Default with { Header = new[] { "ServiceName", "ServiceModel" } };
            var read = InventoryRead.Text("Mail,SaaS\r\nVM,Mainframe\r\n", options);
            Assert.Equal(2, read.Errors.Single().Row);
        }

        [Fact]
        public void Read_WithAGivenHeaderLackingARequiredColumn_IsMissingRequiredColumn()
        {
            var options = InventoryReaderOptions.Default with { Header = new[] { "ServiceName", "Vendor" } };
            var read = InventoryRead.Text("Mail,Example\r\n", options);
            Assert.Equal("MissingRequiredColumn", read.Errors.Single().ErrorId);
            Assert.Equal(0, read.Services);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Read_Utf16WithoutByteOrderMark_HintsAtTheEncoding(bool bigEndian)
        {
            var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes("ServiceName,ServiceModel\r\nMail,SaaS\r\n");
            var read = InventoryRead.Bytes(bytes);
            var error = read.Errors.First();
            Assert.Equal("MissingRequiredColumn", error.ErrorId);
            Assert.Contains("-Encoding Unicode", error.Message);
            Assert.Contains("BigEndianUnicode", error.Message);
            Assert.Contains("test.csv", error.Message);
            var ja = InventoryRead.Bytes(bytes, InventoryReaderOptions.Default with { Language = CloudResponsibility.Model.Language.Ja });
            Assert.Contains("UTF-16", ja.Errors.First().Message);
            Assert.Contains("BOM", ja.Errors.First().Message);
        }

        [Fact]
        public void Read_Utf16WithoutByteOrderMarkReadAsUnicode_IsRead()
        {
            var bytes = new UnicodeEncoding(false, false).GetBytes("ServiceName,ServiceModel\r\nMail,SaaS\r\n");
            var read = InventoryRead.Bytes(bytes, InventoryReaderOptions.Default with { Encoding = Encoding.Unicode });
            Assert.Equal("Mail", read.ServiceList.Single().ServiceName);
        }

        [Fact]
        public void Read_MissingColumnInAsciiText_HasNoEncodingHint()
        {
            var read = InventoryRead.Text("Name,ServiceModel\r\nMail,SaaS\r\n");
            Assert.DoesNotContain("UTF-16", read.Errors.First().Message);
        }
    }
}

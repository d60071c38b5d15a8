using System.Linq;
using System.Text;
using CloudResponsibility.Inventory;
using CloudResponsibility.Text;
using Xunit;

namespace CloudResponsibility.Tests.Inventory
{
    /// <summary>Rows are numbered as a spreadsheet shows them, lines as the file has them, whatever the line breaks.</summary>
    public sealed class InventoryReaderRowNumberTests
    {
        [Theory]
        [InlineData("\n")]
        [InlineData("\r\n")]
        [InlineData("\r")]
        public void Read_AnyLineBreak_NumbersRowsAndLinesAlike(string newline)
        {
            var text = string.Join(newline, "ServiceName,ServiceModel,Notes", "A,SaaS,x", "", "B,PaaS,\"two" + newline + "lines\"", "C,IaaS,y") + newline;
            var read = InventoryRead.Text(text);
            Assert.Equal(new[] { "Service 2 A", "Service 4 B", "Service 5 C" }, read.Outline);
            Assert.Equal(new long?[] { 2, 4, 6 }, read.Results.Select(r => r.Line));
            Assert.Equal("two" + newline + "lines", read.ServiceList[1].AdditionalColumns.Single().Value);
        }

        [Fact]
        public void Read_BlankLinesAboveTheHeader_HeaderIsTheFirstRowWithText()
        {
            var read = InventoryRead.Text("\n,\nServiceName,ServiceModel\nA,SaaS\n");
            Assert.Equal(new[] { "Service 4 A" }, read.Outline);
            Assert.Equal(2, read.SkippedEmptyRows);
        }

        [Fact]
        public void Read_LastLineWithoutLineBreak_IsRead()
        {
            var read = InventoryRead.Text("ServiceName,ServiceModel\nA,SaaS");
            Assert.Equal(new[] { "Service 2 A" }, read.Outline);
        }

        [Fact]
        public void Read_HeaderOnly_YieldsNothing()
        {
            var read = InventoryRead.Text("ServiceName,ServiceModel\r\n");
            Assert.Empty(read.Results);
            Assert.Equal(new[] { "ServiceName", "ServiceModel" }, read.Headers);
        }

        [Fact]
        public void Read_OnlyAByteOrderMark_YieldsNothing()
        {
            var read = InventoryRead.Bytes(new byte[] { 0xEF, 0xBB, 0xBF });
            Assert.Empty(read.Results);
        }

        [Fact]
        public void Read_EncodingOption_UsedWithoutAByteOrderMark()
        {
            // ﾃｽ in Shift_JIS is C3 BD, which is also UTF-8 (ý): detection cannot tell, the option can.
            var bytes = EncodingDetector.ShiftJis.GetBytes("ServiceName,ServiceModel,Vendor\nA,SaaS,ﾃｽ\n");
            Assert.Equal("ý", InventoryRead.Bytes(bytes).ServiceList.Single().Vendor);
            var read = InventoryRead.Bytes(bytes, InventoryReaderOptions.Default with { Encoding = EncodingDetector.ShiftJis });
            Assert.Equal("ﾃｽ", read.ServiceList.Single().Vendor);
        }

        [Fact]
        public void Read_ByteOrderMark_WinsOverTheEncodingOption()
        {
            var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("ServiceName,ServiceModel,Vendor\nA,SaaS,日本\n")).ToArray();
            var read = InventoryRead.Bytes(bytes, InventoryReaderOptions.Default with { Encoding = EncodingDetector.ShiftJis });
            Assert.Equal("日本", read.ServiceList.Single().Vendor);
        }
    }
}

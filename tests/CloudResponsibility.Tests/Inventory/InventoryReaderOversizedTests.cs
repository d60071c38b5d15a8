using System.Linq;
using System.Text;
using CloudResponsibility.Inventory;
using Xunit;

namespace CloudResponsibility.Tests.Inventory
{
    /// <summary>
    /// Records longer than the reader buffers: each is one error for its row, skipped to its real
    /// end, so that the lines of a quoted cell never come back as rows (a line shaped like a row
    /// inside the cell would otherwise become a service).
    /// </summary>
    public sealed class InventoryReaderOversizedTests
    {
        private static string QuotedCell(int lines, string lineBreak, string smuggled)
        {
            var cell = new StringBuilder("\"");
            for (var i = 0; i < lines; i++)
            {
                cell.Append(i == lines / 2 ? smuggled : "Ghost" + i + ",SaaS,\"\"quoted\"\" text").Append(lineBreak);
            }
            return cell.Append("end of the note\"").ToString();
        }

        [Theory]
        [InlineData("\n")]
        [InlineData("\r\n")]
        public void Read_QuotedCellOverTheDefaultLimit_IsOneErrorAndNoCellLineBecomesARow(string lineBreak)
        {
            // About 1.2 MB in one quoted cell: past the 1 MiB default.
            const int lines = 40_000;
            var text = "ServiceName,ServiceModel,Notes" + lineBreak + "First,SaaS,a" + lineBreak
                + "Real,PaaS," + QuotedCell(lines, lineBreak, "Phantom,IaaS,x") + lineBreak + "Last,IaaS,b" + lineBreak;
            Assert.True(Encoding.UTF8.GetByteCount(text) > 1_200_000);
            var read = InventoryRead.Text(text);
            Assert.Equal(new[] { "Service 2 First", "Error 3 RecordTooLarge", "Service 4 Last" }, read.Outline);
            var error = read.Errors.Single();
            Assert.Equal(3, error.Line);
            Assert.StartsWith("Real,PaaS,\"Ghost0", error.Value);
            Assert.Equal(3 + lines + 1, read.Results.Last().Line);
            Assert.DoesNotContain(read.ServiceList, s => s.ServiceName == "Phantom" || s.ServiceName.StartsWith("Ghost"));
            Assert.Equal(read.DataRows, read.Services + read.RowsWithErrors);
        }

        [Fact]
        public void Read_QuotedCellJustUnderTheLimit_IsRead()
        {
            var text = "ServiceName,ServiceModel,Notes\nFirst,SaaS," + QuotedCell(300, "\n", "Phantom,IaaS,x") + "\nLast,IaaS,b\n";
            var read = InventoryRead.Text(text, InventoryReaderOptions.Default with { MaxRecordBytes = 64 * 1024 });
            Assert.Equal(new[] { "Service 2 First", "Service 3 Last" }, read.Outline);
        }

        [Fact]
        public void Read_SeveralOversizedCells_EachIsOneErrorAndTheRowsBetweenAreRead()
        {
            var options = InventoryReaderOptions.Default with { MaxRecordBytes = InventoryReaderOptions.MinRecordBytes };
            // Past the parser's 64 KiB buffer too: a record that fits in it is read whatever the limit.
            var cell = QuotedCell(5000, "\n", "Phantom,IaaS,x");
            var text = "ServiceName,ServiceModel,Notes\nA,SaaS," + cell + "\nB,PaaS,b\nC,IaaS," + cell + ",extra\nD,SaaS,d\n";
            var read = InventoryRead.Text(text, options);
            Assert.Equal(new[] { "Error 2 RecordTooLarge", "Service 3 B", "Error 4 RecordTooLarge", "Service 5 D" }, read.Outline);
            Assert.Equal(new long?[] { 2, 5003, 5004, 10005 }, read.Results.Select(r => r.Line));
        }

        [Fact]
        public void Read_OversizedQuotedHeader_IsABadHeaderAndNoCellLineBecomesTheHeader()
        {
            var options = InventoryReaderOptions.Default with { MaxRecordBytes = InventoryReaderOptions.MinRecordBytes };
            var text = "ServiceName,\"" + new string('x', 100_000) + "\nServiceName,ServiceModel\n\"\nPhantom,IaaS\n";
            var read = InventoryRead.Text(text, options);
            Assert.Equal(new[] { "Error 1 RecordTooLarge" }, read.Outline);
        }

        [Fact]
        public void Read_QuoteLeftOpenInAFileTooLongToHold_IsOneErrorAndNothingAfterIsARow()
        {
            // Past what the reader keeps to read again after the first line (32 MiB): one error, nothing more.
            var text = new StringBuilder("ServiceName,ServiceModel\nFirst,SaaS\nBad,\"SaaS\n");
            while (text.Length < 34 * 1024 * 1024) text.Append("Phantom,IaaS\n");
            var read = InventoryRead.Text(text.ToString());
            Assert.Equal(new[] { "Service 2 First", "Error 3 UnbalancedQuote" }, read.Outline);
            Assert.Contains("nothing after it is read", read.Errors.Single().Message);
        }
    }
}

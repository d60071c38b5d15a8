using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CloudResponsibility.Inventory;
using CloudResponsibility.Tests.Xlsx;
using CloudResponsibility.Text;
using Xunit;

namespace CloudResponsibility.Tests.Inventory
{
    /// <summary>
    /// A file cut off in the middle of a row (an export killed, a copy that stopped) ends with a
    /// TruncatedFile error that names no service, so that a reader of the whole — the audit — can
    /// tell an incomplete inventory from a complete one; a file whose last line merely lacks its
    /// line break reads as it always did.
    /// </summary>
    public sealed class InventoryReaderTruncationTests
    {
        private static readonly string SamplePath = Path.Combine(RepositoryPaths.Root, "module", "samples", "organisation", "inventory.csv");

        private static byte[] Sample => File.ReadAllBytes(SamplePath);

        /// <summary>The sample's lines: where each starts, where its text ends (before CR LF) and its row.</summary>
        private static List<(int Start, int End, int Row)> SampleLines()
        {
            var bytes = Sample;
            var lines = new List<(int, int, int)>();
            for (int start = 0, row = 1; start < bytes.Length; row++)
            {
                var end = Array.IndexOf(bytes, (byte)'\r', start);
                Assert.Equal((byte)'\n', bytes[end + 1]); // the sample is written with CR LF, every line ended
                lines.Add((start, end, row));
                start = end + 2;
            }
            return lines;
        }

        public static TheoryData<int> SampleRowsToCut() => new TheoryData<int> { 2, 9, 17, 20, 36 };

        [Theory]
        [MemberData(nameof(SampleRowsToCut))]
        public void Read_SampleCutAtEveryByteOfARow_EndsWithTruncatedFileUnlessOnlyItsLastCellIsShortened(int row)
        {
            // The sample's rows have 11 cells and no quotes. A cut in the first 10 cells leaves a short
            // last row; a cut inside a character is seen wherever it falls; a cut in the last cell
            // (Owner) leaves a row with all its cells, which no reader can tell from a last line
            // without its line break: that service is read with what is left of its owner.
            var bytes = Sample;
            var line = SampleLines().Single(l => l.Row == row);
            for (var cut = line.Start; cut <= line.End + 1; cut++)
            {
                var read = InventoryRead.Bytes(bytes.Take(cut).ToArray(), name: "cut.csv");
                var because = $"cut at byte {cut}";
                var partial = bytes.Skip(line.Start).Take(cut - line.Start).ToArray();
                Assert.True(read.ServiceList.Take(row - 2).Count() == row - 2, because);
                Assert.True(read.Results.Take(row - 2).All(r => r.Kind == InventoryReadResultKind.Service), because);
                var last = read.Results.Skip(row - 2).ToList();
                if (partial.Length == 0 || cut >= line.End)
                {
                    // Nothing of the row, or the row with all its text (its CR is a line break of its own).
                    Assert.True(last.All(r => r.Kind == InventoryReadResultKind.Service), because);
                    Assert.True(last.Count == (partial.Length == 0 ? 0 : 1), because);
                    continue;
                }
                var inCharacter = (bytes[cut] & 0xC0) == 0x80;
                var cells = partial.Count(b => b == ',') + 1;
                if (!inCharacter && cells == 11)
                {
                    var service = Assert.Single(last).Service;
                    Assert.True(service is not null, because);
                    Assert.Equal(Encoding.UTF8.GetString(partial).Split(',').Last().Trim(), (service!.Owner ?? string.Empty).Trim());
                    continue;
                }
                var error = Assert.Single(last);
                Assert.True(error.Kind == InventoryReadResultKind.Error, because);
                Assert.Equal((InventoryErrorId.TruncatedFile, (long?)row, (string?)null, false), (error.Error!.ErrorId, error.Row, error.ServiceName, error.OfHeader));
                Assert.Contains("cut.csv", error.Error.Message);
                if (inCharacter) Assert.Contains("in the middle of a character", error.Error.Message);
                else Assert.Equal(Encoding.UTF8.GetString(partial), error.Error.Value);
                Assert.Equal(row - 1, read.DataRows);
                Assert.Equal(read.DataRows, read.Services + read.RowsWithErrors);
            }
        }

        [Theory]
        [InlineData(1300, 17, "Heroku,Sales", "ends the file with 2 cells where the header has 11, and no line break after them: 'Heroku,Sales'")]
        [InlineData(1500, 20, "電子カ", "ends the file in the middle of a character, after '電子カ'")]
        public void Read_SampleCutAsTheReviewerCutIt_IsTruncatedFileAtTheCutRow(int length, long row, string value, string saying)
        {
            var read = InventoryRead.Bytes(Sample.Take(length).ToArray(), name: "inventory.csv");
            var last = read.Results.Last();
            Assert.Equal((InventoryErrorId.TruncatedFile, (long?)row, value, (string?)null), (last.Error?.ErrorId, last.Row, last.Error?.Value, last.ServiceName));
            Assert.Contains(saying, last.Error!.Message);
            Assert.Contains("any rows after it are missing", last.Error.Message);
            Assert.Single(read.Errors);
            Assert.Equal(row - 2, read.Services);
        }

        [Fact]
        public void Read_SampleCutThenAnUnterminatedQuoteAppended_IsTruncatedFile()
        {
            // head -c 700, then printf '"Google Work': the quote lands inside a cell, the row stays short.
            var bytes = Sample.Take(700).Concat(Encoding.UTF8.GetBytes("\"Google Work")).ToArray();
            var read = InventoryRead.Bytes(bytes);
            Assert.Equal("Error 9 TruncatedFile", read.Outline.Last());
            Assert.Equal(7, read.Services);
        }

        [Theory]
        [InlineData("ServiceName,ServiceModel,Notes\nMail,SaaS,x\nChat,PaaS,y")]
        [InlineData("ServiceName,ServiceModel,Notes\r\nMail,SaaS,x\r\nChat,PaaS,y")]
        [InlineData("ServiceName,ServiceModel,Notes\nMail,SaaS,x\nChat,PaaS,")]
        [InlineData("ServiceName,ServiceModel,Notes\nMail,SaaS,x\nChat,PaaS,\"two\nlines\"")]
        [InlineData("ServiceName,ServiceModel,Notes\nMail,SaaS,x\nChat,PaaS,\"say \"\"hi\"\"\"")]
        [InlineData("ServiceName,ServiceModel,Notes\nMail,SaaS,x\nChat,PaaS,y,")]
        public void Read_LastRowWithAllItsCellsAndNoLineBreak_IsReadAsAService(string text)
        {
            var read = InventoryRead.Text(text);
            Assert.Equal(new[] { "Service 2 Mail", "Service 3 Chat" }, read.Outline);
        }

        [Fact]
        public void Read_ShortLastRowWithItsLineBreak_IsStillWrongColumnCountNamingItsService()
        {
            // A line break after it: the row was written whole, short as it is, and the file goes on to its end.
            var read = InventoryRead.Text("ServiceName,ServiceModel,Notes\nMail,SaaS,x\nChat,PaaS\n");
            Assert.Equal(new[] { "Service 2 Mail", "Error 3 WrongColumnCount" }, read.Outline);
            Assert.Equal("Chat", read.Results.Last().ServiceName);
        }

        [Theory]
        [InlineData("Chat,\"PaaS", "Chat,\"PaaS")]
        [InlineData("Chat,\"PaaS\n", "Chat,\"PaaS")]
        [InlineData("Chat,\"PaaS\r\n", "Chat,\"PaaS")]
        [InlineData("Chat,PaaS,\"two\nli", "li")] // the quote's own line is not the last: that line is the row cut short
        [InlineData("ab\"c,\"PaaS", "ab\"c,\"PaaS")] // a stray quote before the open one
        [InlineData("\"Chat\"x,\"PaaS", "\"Chat\"x,\"PaaS")] // text after a closing quote before the open one
        [InlineData("Chat,PaaS,\"note \"\"quoted\"\" and", "Chat,PaaS,\"note \"\"quoted\"\" and")] // every cell there, the last one open
        public void Read_QuoteLeftOpenByTheLastLine_IsTruncatedFile(string lastLine, string value)
        {
            var read = InventoryRead.Text("ServiceName,ServiceModel,Notes\nMail,SaaS,x\n" + lastLine);
            var last = read.Results.Last();
            Assert.Equal((InventoryErrorId.TruncatedFile, (string?)value, (string?)null), (last.Error?.ErrorId, last.Error?.Value, last.ServiceName));
            Assert.Equal("Service 2 Mail", read.Outline.First());
            Assert.DoesNotContain(read.Errors, e => e.ErrorId == InventoryErrorId.WrongColumnCount);
        }

        [Fact]
        public void Read_QuoteLeftOpenWithWholeRowsAfterIt_IsStillUnbalancedQuote_AndACutLastRowIsTruncatedFile()
        {
            // Whole rows after the open quote: a slip of the pen, the rows read. Only the last row, cut, says the file is cut.
            var whole = InventoryRead.Text("ServiceName,ServiceModel\nA,\"SaaS\nB,PaaS\nC,IaaS\n");
            Assert.Equal(new[] { "Error 2 UnbalancedQuote", "Service 3 B", "Service 4 C" }, whole.Outline);
            var cut = InventoryRead.Text("ServiceName,ServiceModel\nA,\"SaaS\nB,PaaS\nC");
            Assert.Equal(new[] { "Error 2 UnbalancedQuote", "Service 3 B", "Error 4 TruncatedFile" }, cut.Outline);
        }

        [Fact]
        public void Read_QuoteLeftOpenOnALastLineLongerThanTheLimit_IsTruncatedFile()
        {
            var text = "ServiceName,ServiceModel,Notes\nFirst,SaaS,x\nBad,SaaS,\"" + new string('x', 200_000);
            var read = InventoryRead.Text(text, InventoryReaderOptions.Default with { MaxRecordBytes = InventoryReaderOptions.MinRecordBytes });
            Assert.Equal(new[] { "Service 2 First", "Error 3 TruncatedFile" }, read.Outline);
            Assert.StartsWith("Bad,SaaS,\"xxx", read.Errors.Single().Value);
        }

        [Fact]
        public void Read_CharacterCutInTranscodedInput_IsTruncatedFile_AndOtherUndecodableBytesStayUndecodableText()
        {
            var text = "サービス名,サービスモデル,メモ\r\n経費,SaaS,月次\r\n会計,SaaS,年次";
            var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
            var shiftJis = EncodingDetector.ShiftJis.GetBytes(text);
            foreach (var bytes in new[] { utf16, shiftJis })
            {
                var read = InventoryRead.Bytes(bytes.Take(bytes.Length - 1).ToArray());
                Assert.Equal(new[] { "Service 2 経費", "Error 3 TruncatedFile" }, read.Outline);
                Assert.Equal("会計,SaaS,年", read.Errors.Single().Value);
            }
            // Bytes Shift_JIS cannot read before the end, a line break after them: the encoding's problem, not a cut.
            var bad = EncodingDetector.ShiftJis.GetBytes("サービス名,サービスモデル\r\n経費,SaaS\r\n").Concat(new byte[] { 0x81, 0x20, (byte)',', 0x53, 0x61, 0x61, 0x53 }).ToArray();
            Assert.Equal(new[] { "Service 2 経費", "Error 3 UndecodableText" }, InventoryRead.Bytes(bad).Outline);
        }

        [Fact]
        public void Read_Utf8WithInvalidBytesBeforeACutAtTheEnd_IsUndecodableText()
        {
            // Not the end alone: the row has bytes no UTF-8 writer leaves, so the encoding is what is wrong.
            var bytes = Encoding.UTF8.GetBytes("ServiceName,ServiceModel\nGood,SaaS\n").Concat(new byte[] { 0x42, 0xFF, (byte)',', 0xE6, 0x97 }).ToArray();
            var read = InventoryRead.Bytes(bytes, InventoryReaderOptions.Default with { Encoding = new UTF8Encoding(false) });
            Assert.Equal(new[] { "Service 2 Good", "Error 3 UndecodableText" }, read.Outline);
        }

        [Fact]
        public void Read_WorkbookCutAnywhere_IsAnUnreadableWorkbookOfTheHeader()
        {
            // A workbook is a ZIP package whose directory is at its end: a cut one does not open, so
            // it cannot pass for a shorter inventory; it is an error of the whole file.
            using var directory = new TempDirectory();
            var book = new ExcelSavedWorkbook().Sheet("Inventory");
            book.Row(1, book.Text("ServiceName"), book.Text("ServiceModel"));
            for (uint row = 2; row < 200; row++) book.Row(row, book.Text("Service" + row), book.Text("SaaS"));
            var whole = File.ReadAllBytes(book.Save(Path.Combine(directory.Path, "whole.xlsx")));
            foreach (var length in new[] { whole.Length / 4, whole.Length / 2, whole.Length * 3 / 4, whole.Length - 1 })
            {
                var path = Path.Combine(directory.Path, $"cut{length}.xlsx");
                File.WriteAllBytes(path, whole.Take(length).ToArray());
                using var reader = InventoryReader.Open(path);
                var result = Assert.Single(reader.ReadAll());
                Assert.Equal((InventoryErrorId.UnreadableWorkbook, true), (result.Error?.ErrorId, result.OfHeader));
            }
        }
    }
}

using System;
using System.Linq;
using System.Text;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.Text;
using Xunit;

namespace CloudResponsibility.Tests.Inventory
{
    /// <summary>Bad rows: each is reported, and none keeps the good rows around it from being read.</summary>
    public sealed class InventoryReaderMalformedTests
    {
        [Fact]
        public void Read_MalformedFixture_ReportsEachBadRowAndReadsEveryGoodOne()
        {
            var read = InventoryRead.Fixture("malformed.csv");
            Assert.Equal(
                new[]
                {
                    "Service 2 Good1",
                    "Error 3 UnknownServiceModel",
                    "Error 4 MissingRequiredValue",
                    "Error 5 InvalidBoolean",
                    "Error 6 UnknownCountry",
                    "Error 7 WrongColumnCount",
                    "Error 8 WrongColumnCount",
                    "Service 9 TrailingEmpty",
                    "Error 10 UnknownServiceModel", "Error 10 UnknownCountry", "Error 10 InvalidBoolean",
                    "Service 13 Stray\"Quote",
                    "Error 14 UnbalancedQuote",
                    "Service 15 Good2",
                    "Service 16 Good3",
                    "Error 17 UnbalancedQuote",
                    "Service 18 Good4",
                    "Service 19 Good5",
                },
                read.Outline);
            Assert.Equal(read.Results.Select(r => r.Row), read.Results.Select(r => r.Line)); // no multi-line cell survives here
        }

        [Fact]
        public void Read_MalformedFixture_ARowsErrorsNameTheServiceItsNameCellGives_NoneWhereTheLineCannotBeParsed()
        {
            // A caller that loses a row learns which service it loses; a line that cannot be parsed has
            // no cells, and must not borrow the name of the row read before it (Stray"Quote, row 13).
            var read = InventoryRead.Fixture("malformed.csv");
            Assert.Equal(
                new[] { "3 BadModel", "4 ", "5 BadBool", "6 BadCountry", "7 TooFew", "8 TooMany", "10 Many", "10 Many", "10 Many", "14 ", "17 " },
                read.Results.Where(r => r.Kind == InventoryReadResultKind.Error).Select(r => $"{r.Row} {r.ServiceName}"));
            Assert.All(read.Results, r => Assert.False(r.OfHeader));
            Assert.All(read.Results.Where(r => r.Kind == InventoryReadResultKind.Service), r => Assert.Equal(r.Service!.ServiceName, r.ServiceName));
        }

        [Theory]
        [InlineData("ServiceName,Vendor\nMail,Acme\n", "MissingRequiredColumn")]
        [InlineData("ServiceName,ServiceModel,Vendor,ベンダー\nMail,SaaS,Acme,Acme\n", "DuplicateColumn")]
        [InlineData("\"ServiceName,ServiceModel\nMail,SaaS\n", "UnbalancedQuote")]
        public void Read_AHeaderThatCannotBeRead_ItsErrorIsOfTheHeader(string text, string errorId)
        {
            var error = Assert.Single(InventoryRead.Text(text).Results);
            Assert.Equal((InventoryReadResultKind.Error, errorId, true, (string?)null), (error.Kind, error.Error!.ErrorId, error.OfHeader, error.ServiceName));
        }

        [Fact]
        public void Read_ABadCellRecurringDownAColumn_IsReportedOnEveryRow_AndGoodOnesAroundItAreReadAlike()
        {
            // Whatever the reader remembers of recurring cells, a bad one is reported on every row it is on.
            var read = InventoryRead.Text(
                "ServiceName,ServiceModel,PersonalData,VendorCountry\n" +
                "A,SaaS,maybe,US\nB,SaaS,Yes,US\nC,SaaS,maybe,US\nD,SaaS,Yes,Mars\nE,SaaS,Yes,US\nF,SaaS,maybe,Mars\n");
            Assert.Equal(
                new[] { "Error 2 InvalidBoolean", "Service 3 B", "Error 4 InvalidBoolean", "Error 5 UnknownCountry", "Service 6 E", "Error 7 InvalidBoolean", "Error 7 UnknownCountry" },
                read.Outline);
            Assert.All(read.ServiceList, service => Assert.Equal((true, "US", ServiceModel.SaaS), (service.PersonalData!.Value, service.VendorCountry!, service.ServiceModel)));
        }

        [Fact]
        public void Read_MalformedFixture_EveryNonEmptyRowYieldsAServiceOrErrors()
        {
            var read = InventoryRead.Fixture("malformed.csv");
            Assert.Equal(16, read.DataRows);
            Assert.Equal(7, read.Services);
            Assert.Equal(9, read.RowsWithErrors);
            Assert.Equal(2, read.SkippedEmptyRows);
            Assert.Equal(read.DataRows, read.Services + read.RowsWithErrors);
            // And as the results show it: each data row is a service or has errors, never both, never neither.
            var rowsWithServices = read.Results.Where(r => r.Kind == InventoryReadResultKind.Service).Select(r => r.Row).ToHashSet();
            var rowsWithErrors = read.Results.Where(r => r.Kind == InventoryReadResultKind.Error).Select(r => r.Row).ToHashSet();
            Assert.Empty(rowsWithServices.Intersect(rowsWithErrors));
            Assert.Equal(read.DataRows, rowsWithServices.Count + rowsWithErrors.Count);
        }

        [Fact]
        public void Read_MalformedFixture_MessagesNameFileRowColumnAndValue()
        {
            var read = InventoryRead.Fixture("malformed.csv");
            var file = InventoryRead.FixturePath("malformed.csv");
            var model = read.Errors.First(e => e.ErrorId == InventoryErrorId.UnknownServiceModel);
            Assert.Equal(file, model.File);
            Assert.Equal(3, model.Row);
            Assert.Equal(3, model.Line);
            Assert.Equal("ServiceModel", model.Column);
            Assert.Equal("SaaX", model.Value);
            Assert.Equal($"Row 3 of '{file}', column 'ServiceModel': 'SaaX' is not a service model; expected SaaS, PaaS, IaaS or OnPremises.", model.Message);

            var count = read.Errors.First(e => e.ErrorId == InventoryErrorId.WrongColumnCount);
            Assert.Null(count.Column);
            Assert.Equal("TooFew,SaaS,JP", count.Value);
            Assert.Contains("has 3 cells, but the header has 5", count.Message);

            var quote = read.Errors.First(e => e.ErrorId == InventoryErrorId.UnbalancedQuote);
            Assert.Equal(14, quote.Row);
            Assert.Null(quote.Column);
            Assert.Equal("Multi,\"Bad,SaaS,JP,no,Acme", quote.Value);
            Assert.StartsWith($"Row 14 of '{file}' opens a quote that is never closed", quote.Message);
        }

        [Fact]
        public void Read_UnclosedQuoteBeforeMultiLineCells_ReadsTheLaterCellsWhole()
        {
            // Once the bad line is dropped, the parser starts afresh: the quotes after it pair up as written.
            var text = "ServiceName,ServiceModel,Notes\r\nA,SaaS,\"open\r\nB,PaaS,\"two\r\nlines\"\r\nC,IaaS,\"x\"\"y\"\r\nD,SaaS,plain\r\n";
            var read = InventoryRead.Text(text);
            Assert.Equal(new[] { "Error 2 UnbalancedQuote", "Service 3 B", "Service 4 C", "Service 5 D" }, read.Outline);
            Assert.Equal(new long?[] { 2, 3, 5, 6 }, read.Results.Select(r => r.Line));
            Assert.Equal("two\r\nlines", read.ServiceList[0].AdditionalColumns.Single().Value);
            Assert.Equal("x\"y", read.ServiceList[1].AdditionalColumns.Single().Value);
        }

        [Fact]
        public void Read_TextAfterClosingQuote_ReportsTheRow()
        {
            var read = InventoryRead.Text("ServiceName,ServiceModel\n\"Mail\"x,SaaS\nChat,PaaS\n");
            Assert.Equal(new[] { "Error 2 UnbalancedQuote", "Service 3 Chat" }, read.Outline);
        }

        [Fact]
        public void Read_StrayQuoteHidingALaterOpenQuote_StillReportsTheOpenQuote()
        {
            // The parser names only the stray quote of ab"c; the open quote after it would swallow the next rows.
            var read = InventoryRead.Text("ServiceName,ServiceModel,Notes\nab\"c,SaaS,\"open\nChat,PaaS,x\nWiki,SaaS,y\n");
            Assert.Equal(new[] { "Error 2 UnbalancedQuote", "Service 3 Chat", "Service 4 Wiki" }, read.Outline);
        }

        [Fact]
        public void Read_UnclosedQuoteOnTheLastLine_ReportsTheFileCutOff()
        {
            // No line after it to read: the file ends inside the cell (InventoryReaderTruncationTests).
            var read = InventoryRead.Text("ServiceName,ServiceModel\nMail,SaaS\nChat,\"PaaS");
            Assert.Equal(new[] { "Service 2 Mail", "Error 3 TruncatedFile" }, read.Outline);
        }

        [Fact]
        public void Read_UnclosedQuoteInTheHeader_ReportsItAndYieldsNothingMore()
        {
            var read = InventoryRead.Text("ServiceName,\"ServiceModel\nMail,SaaS\nChat,PaaS\n");
            var error = Assert.Single(read.Results).Error!;
            Assert.Equal(InventoryErrorId.UnbalancedQuote, error.ErrorId);
            Assert.Equal(1, error.Row);
            Assert.Contains("is the header", error.Message);
            Assert.Equal(0, read.DataRows);
        }

        [Fact]
        public void Read_ColumnNamedTwice_ReportsItAndYieldsNothingMore()
        {
            var read = InventoryRead.Text("ServiceName,ServiceModel,サービス名\nMail,SaaS,Mail\n");
            Assert.Equal(new[] { "Error 1 DuplicateColumn" }, read.Outline);
        }

        [Fact]
        public void Read_UnclosedQuoteLongerThanTheLimit_ReportsTheLineAndReadsTheRest()
        {
            // Far more than MaxRecordBytes follows the open quote: the parser gives up on the record
            // before the end of the input, and the reader starts again after the bad line.
            var text = new StringBuilder("ServiceName,ServiceModel\nFirst,SaaS\nBad,\"SaaS\n");
            for (var i = 0; i < 20_000; i++) text.Append("S").Append(i).Append(",PaaS\n");
            var read = InventoryRead.Text(text.ToString(), InventoryReaderOptions.Default with { MaxRecordBytes = InventoryReaderOptions.MinRecordBytes });
            Assert.Equal(new[] { "Service 2 First", "Error 3 UnbalancedQuote" }, read.Outline.Take(2));
            Assert.Equal("Bad,\"SaaS", read.Errors.Single().Value);
            Assert.Equal(20_001, read.Services);
            Assert.Equal("S19999", read.ServiceList.Last().ServiceName);
            Assert.Equal(20_003, read.Results.Last().Row);
            Assert.Equal(read.DataRows, read.Services + read.RowsWithErrors);
        }

        [Fact]
        public void Read_LineLongerThanTheLimitWithoutQuotes_ReportsRecordTooLarge()
        {
            var text = "ServiceName,ServiceModel,Notes\nFirst,SaaS,x\nBig,SaaS," + new string('x', 200_000) + "\nLast,PaaS,y\n";
            var read = InventoryRead.Text(text, InventoryReaderOptions.Default with { MaxRecordBytes = InventoryReaderOptions.MinRecordBytes });
            Assert.Equal(new[] { "Service 2 First", "Error 3 RecordTooLarge", "Service 4 Last" }, read.Outline);
            var error = read.Errors.Single();
            Assert.Equal(3, error.Line);
            Assert.Equal(4, read.Results.Last().Line);
            Assert.StartsWith("Big,SaaS,xxx", error.Value);
            Assert.EndsWith("…", error.Value);
            Assert.True(error.Value!.Length < 2000);
        }

        [Fact]
        public void Read_UnclosedQuotesInTranscodedInput_RestartAtTheRightBytes()
        {
            // UTF-16 and Shift_JIS are read as UTF-8 after transcoding; the restart positions are in those bytes.
            var text = "サービス名,サービスモデル\r\n経費,\"ＳａａＳ\r\n基幹,IaaS\r\n会計,\"SaaS\"\r\n";
            foreach (var encoding in new[] { Encoding.Unicode, EncodingDetector.ShiftJis })
            {
                var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
                var read = InventoryRead.Bytes(bytes);
                Assert.Equal(new[] { "Error 2 UnbalancedQuote", "Service 3 基幹", "Service 4 会計" }, read.Outline);
                Assert.Equal("経費,\"ＳａａＳ", read.Errors.Single().Value);
            }
        }

        [Fact]
        public void Read_RandomDamage_NeverThrowsAndKeepsTheCountInvariant()
        {
            var random = new Random(20240601);
            var pieces = new[] { "Mail", "SaaS", "\"", "\"\"", ",", "\r\n", "\n", "\r", " ", "JP", "yes", "日本", "x\"y", "" };
            for (var round = 0; round < 300; round++)
            {
                var text = new StringBuilder("ServiceName,ServiceModel,DataLocation,PersonalData\n");
                var length = random.Next(0, 120);
                for (var i = 0; i < length; i++) text.Append(pieces[random.Next(pieces.Length)]);
                var read = InventoryRead.Text(text.ToString(), InventoryReaderOptions.Default with { MaxRecordBytes = InventoryReaderOptions.MinRecordBytes });
                Assert.Equal(read.DataRows, read.Services + read.RowsWithErrors);
                var rows = read.Results.Select(r => r.Row).ToList();
                Assert.Equal(rows.OrderBy(r => r), rows); // file order
            }
        }
    }
}

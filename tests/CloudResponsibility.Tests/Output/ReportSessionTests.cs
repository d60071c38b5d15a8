using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;
using CloudResponsibility.Output;
using CloudResponsibility.Resolution;
using Xunit;

namespace CloudResponsibility.Tests.Output
{
    /// <summary>The report session: rows handed over as objects are written as if read on the spot.</summary>
    public sealed class ReportSessionTests : IDisposable
    {
        private readonly TempDirectory directory = new TempDirectory();

        public void Dispose() => directory.Dispose();

        [Theory]
        [InlineData(ReportFormat.Csv)]
        [InlineData(ReportFormat.Json)]
        public void Add_ObjectsOrTheirValues_WriteTheSameBytes(ReportFormat format)
        {
            var resolver = new MatrixResolver(CloudCatalog.Default.In(Language.Ja));
            // Every kind of cell: enums, a missing enum, booleans set and missing, a number, a list,
            // formula text; and extra columns that change shape halfway, so later rows are matched
            // to the report's columns by name.
            var rows = Enumerable.Range(0, 600)
                .Select(i => new CloudService("Service " + i, (ServiceModel)(i % 4), vendor: i % 3 == 0 ? "=cmd" : "ベンダー",
                    deploymentModel: i % 5 == 0 ? null : DeploymentModel.Public,
                    dataLocation: new ValueList<string>(new[] { "JP", "US" }), personalData: i % 7 == 0 ? null : i % 2 == 0,
                    additionalColumns: i < 300
                        ? new[] { new KeyValuePair<string, string>("CostCenter", "CC-" + i), new KeyValuePair<string, string>("Memo", "+1 " + i) }
                        : new[] { new KeyValuePair<string, string>("Memo", "memo " + i) }))
                .SelectMany(resolver.Resolve)
                .ToList();
            var columns = ReportColumns.Of(typeof(ServiceResponsibility))!;
            var asObjects = Write("objects", format, session => rows.ForEach(row => session.Add(row, columns)));
            var asValues = Write("values", format, session => rows.ForEach(row => session.Add(columns.NamesOf(row), columns.Read(row))));
            Assert.Equal(File.ReadAllBytes(asValues), File.ReadAllBytes(asObjects));
            Assert.Contains(format == ReportFormat.Csv ? "\"'=cmd\"" : "\"=cmd\"", File.ReadAllText(asObjects));
            Assert.Contains(format == ReportFormat.Csv ? ",Data," : "\"Layer\": \"Data\"", File.ReadAllText(asObjects));
        }

        [Fact]
        public void Add_AfterCancellation_ThrowsAndLeavesTheDestinationAsItWas()
        {
            var path = Path.Combine(directory.Path, "cancelled.csv");
            File.WriteAllText(path, "yesterday");
            using var cancellation = new CancellationTokenSource();
            var session = ReportSession.Open(path, ReportFormat.Csv, ReportOptions.Default, cancellation.Token);
            session.Add(new[] { "A" }, new object?[] { 1 });
            cancellation.Cancel();
            Assert.Throws<OperationCanceledException>(() =>
            {
                for (var i = 0; i < 10_000; i++) session.Add(new[] { "A" }, new object?[] { i });
                session.Commit();
            });
            session.Dispose();
            Assert.Equal("yesterday", File.ReadAllText(path));
            Assert.Single(Directory.GetFiles(directory.Path));
        }

        [Fact]
        public void Commit_AppendingRowsOfOtherColumns_ThrowsUnlessMatchedByName()
        {
            var path = Path.Combine(directory.Path, "log.csv");
            File.WriteAllText(path, "A,B\r\n1,2\r\n");
            using (var refused = ReportSession.Open(path, ReportFormat.Csv, ReportOptions.Default with { Append = true }))
                Assert.Throws<ReportHeaderMismatchException>(() => refused.Add(new[] { "B", "C" }, new object?[] { 3, 4 }));
            using (var matched = ReportSession.Open(path, ReportFormat.Csv, ReportOptions.Default with { Append = true, MatchColumnsByName = true }))
            {
                matched.Add(new[] { "B", "C" }, new object?[] { 3, 4 });
                matched.Commit();
                Assert.Equal(new[] { "C" }, matched.DroppedColumns);
            }
            Assert.Equal("A,B\r\n1,2\r\n,3\r\n", File.ReadAllText(path));
        }

        [Fact]
        public void Open_AppendingToJson_IsNotSupported() =>
            Assert.Throws<NotSupportedException>(() => ReportSession.Open(Path.Combine(directory.Path, "a.json"), ReportFormat.Json, ReportOptions.Default with { Append = true }));

        private string Write(string name, ReportFormat format, Action<ReportSession> add)
        {
            var path = Path.Combine(directory.Path, name + (format == ReportFormat.Json ? ".json" : ".csv"));
            using var session = ReportSession.Open(path, format, ReportOptions.Default);
            add(session);
            session.Commit();
            return path;
        }
    }
}

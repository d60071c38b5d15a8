using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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
            var rows = Enumerable.Range(0, 60)
                .Select(i => new CloudService("Service " + i, (ServiceModel)(i % 4), vendor: i % 3 == 0 ? "=cmd" : "ベンダー",
                    deploymentModel: i % 5 == 0 ? null : DeploymentModel.Public,
                    dataLocation: new ValueList<string>(new[] { "JP", "US" }), personalData: i % 7 == 0 ? null : i % 2 == 0,
                    additionalColumns: i < 30
                        ? new[] { new KeyValuePair<string, string>("CostCenter", "CC-" + i), new KeyValuePair<string, string>("Memo", "+1 " + i) }
                        : new[] { new KeyValuePair<string, string>("Memo", "memo " + i) }))
                .SelectMany(resolver.Resolve)
                .ToList();
            var columns = ObjectColumns.For(typeof(ServiceResponsibility));
            var asObjects = Write("objects", format, session => rows.ForEach(row => session.Add(row, columns)));
            var asValues = Write("values", format, session => rows.ForEach(row =>
            {
                var (names, values) = columns.Read(row);
                session.Add(names, values);
            }));
            Assert.Equal(File.ReadAllBytes(asValues), File.ReadAllBytes(asObjects));
            Assert.Contains(format == ReportFormat.Csv ? "\"'=cmd\"" : "\"=cmd\"", File.ReadAllText(asObjects));
        }

        [Fact]
        public void Add_AnObjectThatCanChange_IsRefused()
        {
            using var session = ReportSession.Open(Path.Combine(directory.Path, "refused.csv"), ReportFormat.Csv, new ReportOptions());
            Assert.Throws<ArgumentException>(() => session.Add(new UriBuilder("http://example.com"), ObjectColumns.For(typeof(UriBuilder))));
        }

        private string Write(string name, ReportFormat format, Action<ReportSession> add)
        {
            var path = Path.Combine(directory.Path, name + (format == ReportFormat.Json ? ".json" : ".csv"));
            using var session = ReportSession.Open(path, format, new ReportOptions());
            add(session);
            session.Commit();
            return path;
        }
    }
}

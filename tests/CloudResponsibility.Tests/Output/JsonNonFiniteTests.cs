using System.IO;
using System.Text.Json;
using CloudResponsibility.Output;
using CloudResponsibility.Output.Formats;
using Xunit;

namespace CloudResponsibility.Tests.Output
{
    /// <summary>±Infinity and NaN have no JSON number: they are written as text instead of aborting the report.</summary>
    public sealed class JsonNonFiniteTests
    {
        [Fact]
        public void Cell_NonFiniteDoubles_AreWrittenAsText()
        {
            var stream = new MemoryStream();
            using (var writer = ReportFormats.CreateWriter(ReportFormat.Json, stream, ReportOptions.Default))
            {
                writer.WriteHeader(new[] { "Up", "Down", "Nan", "Plain" });
                writer.StartRow();
                writer.Cell(double.PositiveInfinity);
                writer.Cell(double.NegativeInfinity);
                writer.Cell(double.NaN);
                writer.Cell(1.5);
                writer.EndRow();
                writer.Finish();
            }
            using var document = JsonDocument.Parse(stream.ToArray());
            var row = document.RootElement[0];
            Assert.Equal("Infinity", row.GetProperty("Up").GetString());
            Assert.Equal("-Infinity", row.GetProperty("Down").GetString());
            Assert.Equal("NaN", row.GetProperty("Nan").GetString());
            Assert.Equal(1.5, row.GetProperty("Plain").GetDouble());
        }
    }
}

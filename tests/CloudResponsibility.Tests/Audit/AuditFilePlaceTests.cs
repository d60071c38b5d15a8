using System;
using System.IO;
using CloudResponsibility.Audit;
using CloudResponsibility.Model;
using Xunit;

namespace CloudResponsibility.Tests.Audit
{
    /// <summary>The suppression file's and the baseline's errors name the file by its whole path, as the inventory's and the questionnaires' do.</summary>
    public sealed class AuditFilePlaceTests : IDisposable
    {
        private readonly TempDirectory directory = new TempDirectory();

        public void Dispose() => directory.Dispose();

        [Theory]
        [InlineData(Language.En, "Row 2 of '{0}'")]
        [InlineData(Language.Ja, "'{0}' の 2 行目の Expires 列")]
        public void SuppressionSet_Read_BadRow_NamesTheFileByItsWholePath(Language language, string place)
        {
            var path = Path.Combine(directory.Path, "suppressions.csv");
            File.WriteAllText(path, "ServiceName,RuleId,Justification,Expires\nMail,LEG-01,accepted,someday\n");
            var error = Assert.Single(SuppressionSet.Read(path, new DateTime(2026, 1, 1), language).Errors);
            Assert.Equal(path, error.File);
            Assert.StartsWith(string.Format(System.Globalization.CultureInfo.InvariantCulture, place, path), error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Baseline_Read_BadRow_NamesTheFileByItsWholePath()
        {
            var path = Path.Combine(directory.Path, "last-audit.csv");
            File.WriteAllText(path, "Fingerprint,ServiceName,RuleId,Severity\nabc,Mail,QST-01,Urgent\n");
            var error = Assert.Single(Baseline.Read(path).Errors);
            Assert.Equal(path, error.File);
            Assert.Contains("'" + path + "'", error.Message, StringComparison.Ordinal);
        }
    }
}

using System;
using System.IO;
using Xunit;

namespace CloudResponsibility.Tests.Engine
{
    /// <summary>A character the chosen -Encoding cannot hold is never lost without a word: a warning names the cell.</summary>
    public sealed class UnrepresentableTextTests : IDisposable
    {
        private readonly TempDirectory directory = new TempDirectory();

        public void Dispose() => directory.Dispose();

        [Theory]
        [InlineData("shift_jis", "Café")]
        [InlineData("ascii", "日本")]
        public void ExportCloudReport_CharacterTheEncodingCannotHold_WarnsNamingTheCell(string encoding, string text)
        {
            using var session = new ModuleSession();
            var report = Path.Combine(directory.Path, "r.csv");
            var result = session.Run($"[pscustomobject]@{{ Id = 'a'; Name = 'fine' }}, [pscustomobject]@{{ Id = 'b'; Name = '{text}' }} | Export-CloudReport '{report}' -Encoding {encoding}").WithoutErrors();
            var warning = Assert.Single(result.Warnings);
            Assert.Contains("row 3, column 'Name': '" + text + "'", warning);
            Assert.Contains(encoding, warning);
            Assert.Contains(report, warning);
        }

        [Fact]
        public void ExportCloudReport_JapaneseInShiftJis_NeedsNoWarning()
        {
            using var session = new ModuleSession();
            var result = session.Run($"[pscustomobject]@{{ 名前 = '経費精算' }} | Export-CloudReport '{Path.Combine(directory.Path, "r.csv")}' -Encoding shift_jis").WithoutErrors();
            Assert.Empty(result.Warnings);
        }
    }
}

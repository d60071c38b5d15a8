using System;
using System.IO;
using CloudResponsibility.Inventory;
using Xunit;

namespace CloudResponsibility.Tests.Inventory
{
    public sealed class InventoryReaderOptionsTests
    {
        [Fact]
        public void Default_IsDelimiterByFileNameDetectedEncodingDuplicateCheckAndOneMebibyteRecords()
        {
            var options = InventoryReaderOptions.Default;
            Assert.Null(options.Delimiter);
            Assert.Equal(',', options.ForFile("inventory.csv").Delimiter);
            Assert.Equal('\t', options.ForFile("inventory.TSV").Delimiter);
            Assert.Equal(';', (options with { Delimiter = ';' }).ForFile("inventory.tsv").Delimiter);
            Assert.Null(options.Encoding);
            Assert.True(options.CheckDuplicateNames);
            Assert.Equal(1024 * 1024, options.MaxRecordBytes);
        }

        [Theory]
        [InlineData('"')]
        [InlineData('\n')]
        [InlineData('\r')]
        [InlineData('\0')]
        [InlineData('、')]
        public void Validate_UnusableDelimiter_Throws(char delimiter)
        {
            Assert.Throws<ArgumentException>(() => (InventoryReaderOptions.Default with { Delimiter = delimiter }).Validate());
        }

        [Fact]
        public void Validate_TinyRecordLimit_Throws()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => (InventoryReaderOptions.Default with { MaxRecordBytes = 100 }).Validate());
        }

        [Fact]
        public void Open_InvalidOptions_ThrowsBeforeReading()
        {
            Assert.Throws<ArgumentException>(() => InventoryReader.Open(new MemoryStream(), "x.csv", InventoryReaderOptions.Default with { Delimiter = '"' }));
        }

        [Fact]
        public void Open_MissingFile_ThrowsFileNotFound()
        {
            Assert.Throws<FileNotFoundException>(() => InventoryReader.Open(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".csv")));
        }
    }
}

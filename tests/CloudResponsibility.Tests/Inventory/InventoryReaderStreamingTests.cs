using System;
using System.IO;
using System.Text;
using CloudResponsibility.Inventory;
using Xunit;

namespace CloudResponsibility.Tests.Inventory
{
    /// <summary>The reader streams: results come before the input is read through, and memory does not follow the file's size.</summary>
    [Collection(MemoryMeasurementCollection.Name)]
    public sealed class InventoryReaderStreamingTests
    {
        private const int Rows = 200_000;

        // The encoding sample, one parser buffer and one chunk of history, with room to spare; a small part of the input.
        private const int BytesBeforeFirstResult = 512 * 1024;

        private static byte[] LargeInventory(string? badRow = null)
        {
            var text = new StringBuilder("ServiceName,Vendor,ServiceModel,DataLocation,PersonalData,Notes\r\n");
            if (badRow is not null) text.Append(badRow).Append("\r\n");
            for (var i = 0; i < Rows; i++) text.Append("Service").Append(i).Append(",Acme,SaaS,JP;US,yes,\"note ").Append(i).Append("\"\r\n");
            return Encoding.UTF8.GetBytes(text.ToString());
        }

        [Fact]
        public void Read_LargeInput_FirstResultBeforeMoreThanHalfAMegabyteIsRead()
        {
            var bytes = LargeInventory();
            Assert.True(bytes.Length > 10 * BytesBeforeFirstResult);
            using var input = new CountingStream(new MemoryStream(bytes), BytesBeforeFirstResult);
            using var reader = InventoryReader.Open(input, "large.csv");

            Assert.True(reader.Read());
            Assert.Equal("Service0", reader.Current!.Service!.ServiceName);
            Assert.True(input.BytesRead <= BytesBeforeFirstResult);

            input.Limit = long.MaxValue;
            var count = 1;
            while (reader.Read()) if (reader.Current!.Service is not null) count++;
            Assert.Equal(Rows, count);
            Assert.Equal(bytes.Length, input.BytesRead);
            // More distinct names than the duplicate check holds: said once, in a warning.
            Assert.Equal(1, reader.Warnings);
        }

        [Fact]
        public void Read_LargeInputOfBadRows_FirstErrorBeforeTheRestIsRead()
        {
            var text = new StringBuilder("ServiceName,ServiceModel\n");
            for (var i = 0; i < Rows; i++) text.Append("Service").Append(i).Append(",SaaX\n");
            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            using var input = new CountingStream(new MemoryStream(bytes), BytesBeforeFirstResult);
            using var reader = InventoryReader.Open(input, "bad.csv");
            Assert.True(reader.Read());
            Assert.Equal(InventoryErrorId.UnknownServiceModel, reader.Current!.Error!.ErrorId);
        }

        [Fact]
        public void Read_LargeInputAfterAnUnclosedQuote_ErrorComesBeforeTheRestIsRead()
        {
            // The open quote would run to the end of the file; the record limit stops it after 1 MiB.
            var bytes = LargeInventory("Bad,Acme,\"SaaS,JP,yes,x");
            var limit = InventoryReaderOptions.Default.MaxRecordBytes * 3L;
            using var input = new CountingStream(new MemoryStream(bytes), limit);
            using var reader = InventoryReader.Open(input, "large.csv");

            Assert.True(reader.Read());
            Assert.Equal(InventoryErrorId.UnbalancedQuote, reader.Current!.Error!.ErrorId);
            Assert.True(reader.Read());
            Assert.Equal("Service0", reader.Current!.Service!.ServiceName);
            Assert.Equal(3, reader.Current.Row);

            input.Limit = long.MaxValue;
            while (reader.Read())
            {
            }
            Assert.Equal(Rows, reader.Services);
            Assert.Equal(1, reader.RowsWithErrors);
        }

        [Fact]
        public void Read_LargeInput_MemoryDoesNotGrowWithTheFile()
        {
            var bytes = LargeInventory();
            using var reader = InventoryReader.Open(new MemoryStream(bytes), "large.csv", InventoryReaderOptions.Default with { CheckDuplicateNames = false });
            for (var i = 0; i < 1000; i++) reader.Read();
            GC.Collect();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            while (reader.Read())
            {
            }
            var after = GC.GetTotalMemory(forceFullCollection: true);
            Assert.Equal(Rows, reader.Services);
            // The input itself is held by the test; what the reader keeps must not be a share of it.
            Assert.True(after - before < 4 * 1024 * 1024, $"grew by {after - before} bytes");
        }

        [Fact]
        public void Open_Stream_IsDisposedWithTheReaderUnlessLeftOpen()
        {
            var owned = new CountingStream(new MemoryStream(Encoding.UTF8.GetBytes("ServiceName,ServiceModel\nA,SaaS\n")));
            using (var reader = InventoryReader.Open(owned, "a.csv")) reader.Read();
            Assert.True(owned.Disposed);

            var kept = new CountingStream(new MemoryStream(Encoding.UTF8.GetBytes("ServiceName,ServiceModel\nA,SaaS\n")));
            using (var reader = InventoryReader.Open(kept, "a.csv", leaveOpen: true)) reader.Read();
            Assert.False(kept.Disposed);
        }

        [Fact]
        public void Read_AfterDispose_Throws()
        {
            var reader = InventoryReader.Open(new MemoryStream(new byte[0]), "a.csv");
            reader.Dispose();
            Assert.Throws<ObjectDisposedException>(() => reader.Read());
        }
    }
}

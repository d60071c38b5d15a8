using Xunit;

namespace CloudResponsibility.Tests.Inventory
{
    /// <summary>Lines above the header that Import-Csv skips: Windows PowerShell's "#TYPE …" and '#' comments.</summary>
    public sealed class InventoryReaderPreambleTests
    {
        [Fact]
        public void Read_WindowsPowerShellExportCsv_SkipsTheTypeLine()
        {
            var read = InventoryRead.Text("#TYPE System.Management.Automation.PSCustomObject\r\n\"ServiceName\",\"ServiceModel\"\r\n\"Mail\",\"SaaS\"\r\n");
            Assert.Equal(new[] { "Service 3 Mail" }, read.Outline);
            Assert.Empty(read.Errors);
        }

        [Fact]
        public void Read_CommentLinesAboveTheHeader_AreSkippedButRowsBelowStartingWithHashAreData()
        {
            var read = InventoryRead.Text("# exported 2025-04-01\n#, by the CMDB\nServiceName,ServiceModel\n#1 Mail,SaaS\n");
            Assert.Equal(new[] { "Service 4 #1 Mail" }, read.Outline);
        }
    }
}

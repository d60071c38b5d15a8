using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CloudResponsibility.Inventory;
using Xunit;

namespace CloudResponsibility.Tests.Engine
{
    /// <summary>
    /// Ctrl+C (PowerShell.Stop) during an export: the command stops, the old report stays as it
    /// was and the temporary file is gone, on the bulk path as on the pipeline path.
    /// </summary>
    public sealed class StopTests : IDisposable
    {
        private const string OldReport = "yesterday's report\r\n";

        private readonly TempDirectory directory = new TempDirectory();

        public void Dispose() => directory.Dispose();

        private string LargeInventory(int services)
        {
            var text = new StringBuilder("ServiceName,ServiceModel,DataLocation,PersonalData,Notes\r\n", services * 80);
            for (var i = 0; i < services; i++) text.Append("Service ").Append(i).Append(",SaaS,JP;US,yes,a note long enough to make the report grow\r\n");
            return directory.Write("inventory.csv", text.ToString());
        }

        /// <summary>Runs the script, stops it once a temporary file beside the report has grown, and returns its final state.</summary>
        private PSInvocationState StopWhileWriting(string script)
        {
            using var session = new ModuleSession();
            using var shell = PowerShell.Create();
            shell.Runspace = session.Runspace;
            shell.AddScript(script);
            var run = Task.Run(() => shell.Invoke());
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (!run.IsCompleted && DateTime.UtcNow < deadline && !TemporaryFiles().Any(f => f.Length > (1 << 20))) Thread.Sleep(20);
            Assert.False(run.IsCompleted, "The export ended before it could be stopped: give it more to write.");
            shell.Stop();
            try
            {
                run.Wait();
            }
            catch (AggregateException exception) when (exception.InnerException is PipelineStoppedException)
            {
            }
            return shell.InvocationStateInfo.State;
        }

        private FileInfo[] TemporaryFiles() =>
            new DirectoryInfo(directory.Path).GetFiles("*.tmp", SearchOption.TopDirectoryOnly).Where(f => f.Name.StartsWith(".", StringComparison.Ordinal)).ToArray();

        [Fact]
        public void Stop_DuringExportResponsibilityMatrix_KeepsTheOldReportAndRemovesTheTemporaryFile()
        {
            var inventory = LargeInventory(400_000);
            var report = directory.Write("matrix.csv", OldReport);
            var state = StopWhileWriting($"Export-ResponsibilityMatrix '{inventory}' '{report}'");
            Assert.Equal(PSInvocationState.Stopped, state);
            Assert.Equal(OldReport, File.ReadAllText(report));
            Assert.Empty(TemporaryFiles());
        }

        [Fact]
        public void Stop_DuringExportCloudReport_KeepsTheOldReportAndRemovesTheTemporaryFile()
        {
            var report = directory.Write("rows.csv", OldReport);
            var state = StopWhileWriting($"& {{ foreach ($i in 1..100000000) {{ [pscustomobject]@{{ Id = $i; Text = 'a cell long enough to make the report grow' }} }} }} | Export-CloudReport '{report}'");
            Assert.Equal(PSInvocationState.Stopped, state);
            Assert.Equal(OldReport, File.ReadAllText(report));
            Assert.Empty(TemporaryFiles());
        }

        [Fact]
        public void InventoryReader_Cancelled_StopsAtItsNextRead()
        {
            var inventory = directory.Write("blank.csv", "ServiceName,ServiceModel\n" + new string('\n', 1 << 20) + "Last,SaaS\n");
            using var stop = new CancellationTokenSource();
            using var reader = InventoryReader.Open(inventory, null, stop.Token);
            stop.Cancel();
            Assert.Throws<OperationCanceledException>(() => reader.Read());
        }
    }
}

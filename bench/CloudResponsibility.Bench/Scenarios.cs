using System.Collections.Generic;
using System.Linq;

namespace CloudResponsibility.Bench
{
    /// <summary>The scenarios, in report order.</summary>
    internal static class Scenarios
    {
        /// <summary>Send-BenchObject -Count N | Receive-BenchObject: the floor for N objects.</summary>
        public const string FloorN = "floor-n";
        /// <summary>Import-CloudInventory | Receive-BenchObject: one object per service.</summary>
        public const string ImportOnly = "import-only";
        /// <summary>Send-BenchObject -Count 9N | Receive-BenchObject: the floor for the pipeline's output rows.</summary>
        public const string Floor9N = "floor-9n";
        /// <summary>Import-CloudInventory | Get-ResponsibilityMatrix | Export-CloudReport.</summary>
        public const string Pipeline = "pipeline";
        /// <summary>CsvHelper alone: read the inventory, write 9 rows per service from dictionaries.</summary>
        public const string RawCsvHelper = "raw-csvhelper";
        /// <summary>The bulk path called as a library.</summary>
        public const string BulkLibrary = "bulk-library";
        /// <summary>The bulk path through its cmdlet, Export-ResponsibilityMatrix.</summary>
        public const string BulkCmdlet = "bulk-cmdlet";

        /// <summary>Send-BenchObject -Count N | Expand-BenchObject | Receive-BenchObject: the pipeline's shape, nine objects out of each, with trivial cmdlets.</summary>
        public const string Shape9N = "shape-9n";
        /// <summary>Import-CloudInventory | Get-ResponsibilityMatrix | Receive-BenchObject: the pipeline without its report.</summary>
        public const string MatrixOnly = "matrix-only";
        /// <summary>Send-BenchObject -Count 9N | Export-BenchObject: the floor, with a sink that binds as Export-CloudReport does.</summary>
        public const string ReportSink9N = "report-sink-9n";
        /// <summary>Import-CloudInventory | Get-ResponsibilityMatrix | Export-BenchObject: the pipeline, binding as it does, writing nothing.</summary>
        public const string MatrixReportSink = "matrix-report-sink";

        /// <summary>The reference loop: CsvHelper alone writing 9 rows of three columns (service, layer, owner) per service.</summary>
        public const string RawNarrow = "raw-narrow";
        /// <summary>The bulk cmdlet writing those three columns (-Property ServiceName, Layer, Owner).</summary>
        public const string BulkNarrow = "bulk-narrow";
        /// <summary>The script an admin writes today: Import-Csv, a hashtable of owners, a [pscustomobject] per service and layer, Export-Csv.</summary>
        public const string AdminScript = "admin-script";

        /// <summary>What a run without --scenarios measures.</summary>
        public static readonly string[] All = { FloorN, ImportOnly, Floor9N, Pipeline, RawCsvHelper, BulkLibrary, BulkCmdlet };

        /// <summary>The pipeline built up a stage at a time (--scenarios floor-9n,report-sink-9n,shape-9n,matrix-only,matrix-report-sink,pipeline).</summary>
        public static readonly string[] Stages = { ReportSink9N, Shape9N, MatrixOnly, MatrixReportSink };

        /// <summary>
        /// The two reference figures, measured here, and the bulk path doing their job
        /// (--scenarios raw-narrow,bulk-narrow,admin-script): opt-in, as the script takes minutes
        /// per run at 10^6 services.
        /// </summary>
        public static readonly string[] References = { RawNarrow, BulkNarrow, AdminScript };

        /// <summary>Whether a scenario runs Export-BenchObject in place of Export-CloudReport.</summary>
        public static bool UsesReportSink(string name) => name == ReportSink9N || name == MatrixReportSink;

        /// <summary>Every scenario there is.</summary>
        public static IEnumerable<string> Known => All.Concat(Stages).Concat(References);

        public static bool IsKnown(string name) => Known.Contains(name);
    }
}

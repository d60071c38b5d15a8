using System.Management.Automation;

namespace CloudResponsibility.Bench
{
    /// <summary>
    /// The engine's floor: the cheapest pair of compiled cmdlets that pass N objects down a
    /// pipeline. Anything the module does per object costs on top of this.
    /// </summary>
    [Cmdlet(VerbsCommunications.Send, "BenchObject")]
    public sealed class SendBenchObjectCommand : PSCmdlet
    {
        [Parameter(Mandatory = true)]
        public long Count { get; set; }

        protected override void ProcessRecord()
        {
            var item = new object();
            for (long i = 0; i < Count; i++) WriteObject(item);
        }
    }

    /// <summary>Takes objects from the pipeline and does nothing with them.</summary>
    [Cmdlet(VerbsCommunications.Receive, "BenchObject")]
    public sealed class ReceiveBenchObjectCommand : PSCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        public PSObject? InputObject { get; set; }

        public long Received { get; private set; }

        protected override void ProcessRecord() => Received++;
    }

    /// <summary>
    /// Passes each object on as nine: the pipeline's shape (a service in, a row per layer out)
    /// with nothing else in it, so the engine's share of the pipeline can be told from ours.
    /// </summary>
    [Cmdlet(VerbsData.Expand, "BenchObject")]
    public sealed class ExpandBenchObjectCommand : PSCmdlet
    {
        private const int RowsPerObject = 9;

        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        public PSObject? InputObject { get; set; }

        protected override void ProcessRecord()
        {
            for (var i = 0; i < RowsPerObject; i++) WriteObject(InputObject!.BaseObject);
        }
    }

    /// <summary>
    /// Takes objects from the pipeline as Export-CloudReport does — the same parameters, so the
    /// engine binds each object the same way — and writes nothing. The scenarios that use it tell
    /// the engine's cost of the report cmdlet's parameters from the cost of writing the report.
    /// The bench checks that its parameters are still Export-CloudReport's before it runs them.
    /// </summary>
    [Cmdlet(VerbsData.Export, "BenchObject", SupportsShouldProcess = true)]
    public sealed class ExportBenchObjectCommand : PSCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [Alias("LiteralPath", "PSPath", "LP")]
        public string Path { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        [AllowNull]
        public PSObject? InputObject { get; set; }

        // Export-CloudReport's -Format is of the module's ReportFormat enum; the engine binds an
        // unbound parameter the same whatever its type.
        [Parameter]
        public int? Format { get; set; }

        [Parameter]
        public string Encoding { get; set; } = "utf8BOM";

        [Parameter]
        public char Delimiter { get; set; } = ',';

        [Parameter]
        public SwitchParameter NoFormulaProtection { get; set; }

        [Parameter]
        public SwitchParameter Append { get; set; }

        [Parameter]
        [Alias("NoOverwrite")]
        public SwitchParameter NoClobber { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        // Counts as Receive-BenchObject does, so that the two sinks differ only in their parameters.
        public long Received { get; private set; }

        protected override void ProcessRecord() => Received++;
    }
}

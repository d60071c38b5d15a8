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
}

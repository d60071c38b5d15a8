using Xunit;

namespace CloudResponsibility.Tests
{
    /// <summary>
    /// Tests that measure the process's retained memory run alone: while other tests run in parallel,
    /// their allocations would show up in the measurement.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class MemoryMeasurementCollection
    {
        public const string Name = "Memory measurement";
    }
}

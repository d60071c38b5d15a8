namespace CloudResponsibility.Bench
{
    /// <summary>Which of a child's two timed runs a measurement is.</summary>
    internal enum RunKind
    {
        /// <summary>The process's first run of the scenario, as a scheduled job's is: it pays for compiling the code it runs.</summary>
        FirstRun,

        /// <summary>The same run again, after warm-up runs where runs are short, once the JIT is quiet: throughput.</summary>
        SteadyState,
    }
}

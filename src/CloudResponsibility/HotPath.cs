using System.Runtime.CompilerServices;

namespace CloudResponsibility
{
    /// <summary>
    /// For the few methods every row of a large inventory or report passes through. The runtime
    /// first runs a method unoptimised, then instrumented, and optimises it only once it has seen it
    /// is hot — by then a pipeline has spent much of its first second in slow code. These are
    /// optimised at their first call instead. That also keeps them out of the precompiled image,
    /// whose code cannot inline CsvHelper's: measured on 2026-11-30, the report's cell methods
    /// precompiled made first runs of 10^5 rows 0.25–0.3 s slower, and optimised at their first
    /// call cost a ten-row run less than compiling the expressions they replace.
    /// </summary>
    internal static class HotPath
    {
        /// <summary>
        /// <c>MethodImplOptions.AggressiveOptimization</c>, by value: the .NET Framework build's enum
        /// has no such member, and that runtime, which does not tier, ignores it.
        /// </summary>
        public const MethodImplOptions OptimizeFromFirstCall = (MethodImplOptions)512;
    }
}

using System;
using System.Diagnostics;
using System.Runtime;
using System.Threading;

namespace CloudResponsibility.Bench
{
    /// <summary>
    /// What the runtime's JIT compiler has done so far in this process: methods compiled and time
    /// spent compiling them, on every thread.
    /// </summary>
    internal readonly struct JitActivity
    {
        private JitActivity(long methods, TimeSpan time)
        {
            Methods = methods;
            Time = time;
        }

        public long Methods { get; }
        public TimeSpan Time { get; }

        public static JitActivity Now => new JitActivity(JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());

        /// <summary>What the JIT did between <paramref name="earlier"/> and this.</summary>
        public JitActivity Since(JitActivity earlier) => new JitActivity(Methods - earlier.Methods, Time - earlier.Time);

        /// <summary>
        /// Waits until the JIT has compiled nothing for <paramref name="quiet"/>, or <paramref name="limit"/>
        /// has passed. A run leaves methods it made hot queued for optimisation on a
        /// background thread; timing before that queue drains would time the compiler too, on a
        /// two-core machine where it takes its share from the run.
        /// </summary>
        public static void WaitUntilQuiet(TimeSpan quiet, TimeSpan limit)
        {
            var waited = Stopwatch.StartNew();
            var last = Now.Methods;
            while (waited.Elapsed < limit)
            {
                Thread.Sleep(quiet);
                var now = Now.Methods;
                if (now == last) return;
                last = now;
            }
        }
    }
}

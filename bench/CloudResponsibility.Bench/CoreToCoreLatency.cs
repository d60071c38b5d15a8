using System.Diagnostics;
using System.Linq;
using System.Threading;

namespace CloudResponsibility.Bench
{
    /// <summary>
    /// How long two threads take to pass a value back and forth through memory: one writes a cache
    /// line, the other waits to see it and answers. The pipeline hands every row from its thread to
    /// the report's writer thread, so its ratio to the one-threaded floor depends on this figure
    /// while the floor does not; the report gives it so that runs on different hosts can be compared.
    /// </summary>
    internal static class CoreToCoreLatency
    {
        private const int RoundTrips = 200_000;
        private const int Samples = 5;

        /// <summary>The median round trip, in nanoseconds, over a few samples; NaN on a machine with one processor.</summary>
        public static double MeasureRoundTripNanoseconds()
        {
            if (System.Environment.ProcessorCount < 2) return double.NaN;
            var samples = Enumerable.Range(0, Samples).Select(_ => Sample()).OrderBy(n => n).ToList();
            return samples[Samples / 2];
        }

        private static double Sample()
        {
            // The counter sits alone in its cache line, so that only the two threads' hand-offs move it.
            var line = new long[32];
            const int Slot = 16;
            const long Stop = -1;
            var answerer = new Thread(() =>
            {
                for (long i = 1; ; i++)
                {
                    long seen;
                    while ((seen = Volatile.Read(ref line[Slot])) != 2 * i - 1)
                        if (seen == Stop) return;
                    Volatile.Write(ref line[Slot], 2 * i);
                }
            })
            { IsBackground = true };
            answerer.Start();
            // A busy machine makes each wait a time slice: stop after a second rather than spin for minutes.
            var deadline = Stopwatch.Frequency;
            var clock = Stopwatch.StartNew();
            long trips = 0;
            while (trips < RoundTrips && (trips % 1024 != 0 || clock.ElapsedTicks < deadline))
            {
                trips++;
                Volatile.Write(ref line[Slot], 2 * trips - 1);
                while (Volatile.Read(ref line[Slot]) != 2 * trips) { }
            }
            clock.Stop();
            Volatile.Write(ref line[Slot], Stop);
            answerer.Join();
            return clock.Elapsed.TotalMilliseconds * 1e6 / trips;
        }
    }
}

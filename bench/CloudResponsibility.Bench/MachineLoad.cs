using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;

namespace CloudResponsibility.Bench
{
    /// <summary>
    /// The processor time the whole machine and this process have used, from Linux's /proc. The
    /// machine is shared (other builds and tests run on its two cores), and a run that shares them
    /// measures the other work as much as its own: the bench waits for a quiet machine before each
    /// run, and a run tells how much processor time others took while it was timed.
    /// </summary>
    internal readonly struct MachineLoad
    {
        private const double TicksPerSecond = 100; // USER_HZ, 100 on every Linux the bench runs on

        private MachineLoad(double busySeconds, double ownSeconds, long timestamp)
        {
            BusySeconds = busySeconds;
            OwnSeconds = ownSeconds;
            Timestamp = timestamp;
        }

        /// <summary>Processor time used by everything on the machine, all cores together.</summary>
        public double BusySeconds { get; }

        /// <summary>Processor time used by this process.</summary>
        public double OwnSeconds { get; }

        private long Timestamp { get; }

        /// <summary>Whether /proc can be read; elsewhere the bench neither waits nor tells.</summary>
        public static bool IsAvailable => File.Exists("/proc/stat");

        public static MachineLoad Now()
        {
            if (!IsAvailable) return new MachineLoad(0, 0, Stopwatch.GetTimestamp());
            // "cpu  user nice system idle iowait irq softirq steal ...": busy is all but idle and iowait.
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
            var busy = fields.Take(8).Sum() - fields[3] - fields[4];
            // /proc/self/stat: the 14th and 15th fields (user and system time) after the command in parentheses.
            var own = File.ReadAllText("/proc/self/stat");
            var after = own.Substring(own.LastIndexOf(')') + 2).Split(' ');
            var ownTicks = long.Parse(after[11], CultureInfo.InvariantCulture) + long.Parse(after[12], CultureInfo.InvariantCulture);
            return new MachineLoad(busy / TicksPerSecond, ownTicks / TicksPerSecond, Stopwatch.GetTimestamp());
        }

        /// <summary>
        /// The share of one core that processes other than this one used since <paramref name="earlier"/>.
        /// The counters tick a hundred times a second and are read a moment apart, so two ticks
        /// are not counted against a run: in a run of a tenth of a second they would be a fifth of a core.
        /// </summary>
        public double OthersSince(MachineLoad earlier)
        {
            var seconds = (double)(Timestamp - earlier.Timestamp) / Stopwatch.Frequency;
            if (seconds <= 0 || !IsAvailable) return 0;
            var others = (BusySeconds - earlier.BusySeconds) - (OwnSeconds - earlier.OwnSeconds) - 2 / TicksPerSecond;
            return Math.Max(0, others / seconds);
        }

        /// <summary>
        /// Waits until, over one second, the machine's processors were busy for less than
        /// <paramref name="maxBusyCores"/> of a core, or until <paramref name="limit"/> has passed.
        /// Returns how long it waited.
        /// </summary>
        public static TimeSpan WaitUntilQuiet(double maxBusyCores, TimeSpan limit)
        {
            var waited = Stopwatch.StartNew();
            if (!IsAvailable) return TimeSpan.Zero;
            while (waited.Elapsed < limit)
            {
                var before = Now();
                Thread.Sleep(1000);
                var after = Now();
                var busyCores = (after.BusySeconds - before.BusySeconds) / ((double)(after.Timestamp - before.Timestamp) / Stopwatch.Frequency);
                if (busyCores < maxBusyCores) break;
            }
            return waited.Elapsed;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CloudResponsibility.Bench
{
    /// <summary>The bench's command line: sizes and repeats for a run; the scenario to measure for a child.</summary>
    internal sealed class BenchOptions
    {
        public IReadOnlyList<long> Sizes { get; private set; } = new long[] { 10_000, 100_000, 1_000_000 };
        public int Repeat { get; private set; } = 1;
        public IReadOnlyList<string> Scenarios { get; private set; } = Bench.Scenarios.All;
        public string? Scenario { get; private set; }
        public long Size { get; private set; }
        public string Input { get; private set; } = string.Empty;
        public string Work { get; private set; } = Path.GetTempPath();

        public string RepositoryRoot
        {
            get
            {
                for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
                    if (File.Exists(Path.Combine(directory.FullName, "CloudResponsibility.psd1"))) return directory.FullName;
                throw new InvalidOperationException("CloudResponsibility.psd1 was not found above " + AppContext.BaseDirectory);
            }
        }

        public string Manifest => Path.Combine(RepositoryRoot, "CloudResponsibility.psd1");

        public static BenchOptions Parse(string[] args)
        {
            var options = new BenchOptions();
            for (var i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
                switch (args[i])
                {
                    case "--sizes": options.Sizes = Next().Split(',').Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToArray(); break;
                    case "--repeat": options.Repeat = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--scenarios":
                        options.Scenarios = Next().Split(',');
                        foreach (var name in options.Scenarios.Where(name => !Bench.Scenarios.IsKnown(name)))
                            throw new ArgumentException($"Unknown scenario {name}. Known: {string.Join(", ", Bench.Scenarios.Known)}.");
                        break;
                    case "--scenario": options.Scenario = Next(); break;
                    case "--size": options.Size = long.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--input": options.Input = Next(); break;
                    case "--work": options.Work = Next(); break;
                    default: throw new ArgumentException($"Unknown option {args[i]}. Use --sizes 10000,100000, --scenarios floor-9n,pipeline, and --repeat N.");
                }
            }
            return options;
        }
    }
}

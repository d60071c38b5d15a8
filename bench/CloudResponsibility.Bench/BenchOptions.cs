using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CloudResponsibility.Bench
{
    /// <summary>The bench's command line: sizes, rounds and scenarios for a run; the scenario to measure for a child.</summary>
    internal sealed class BenchOptions
    {
        public const string Usage = @"Times the module's two paths against their baselines, each run in a process of its own.

  dotnet run -c Release --project bench/CloudResponsibility.Bench -- [options]

  --sizes 10000,1000000    inventory sizes (services); default 10000,1000000
  --rounds 5               rounds; every scenario runs once per round, and each target's ratio
                           is taken round by round (median and range); default 5
  --scenarios a,b          scenarios to run; default floor-9n,pipeline,raw-csvhelper,bulk-cmdlet
                           (also: floor-n, import-only; disclosure-test and
                           disclosure-files, reading questionnaires of as many rows as
                           the inventory's, whole SaaS sets of 54 rows, in one file or
                           one file each, against import-only: --sizes 54000 is 10^3;
                           audit, Invoke-CloudAudit over the inventory and questionnaires
                           for 10^3 of its SaaS services, against audit-import, reading
                           the same files with Import-CloudInventory and
                           Test-VendorDisclosure; audit-report, the same audit
                           written to a CSV report;
                           threat-objects and threat-csv, Export-ThreatModel's objects
                           and CSV file, 5 rows per service, against pipeline)
  --variant name=dir       also runs pipeline and bulk-cmdlet as built in another checkout of the
                           repository (dir, built with this bench's child protocol), as
                           pipeline@name and bulk-cmdlet@name in the same rounds, and divides
                           this build's runs by them round by round: an A/B of two builds
  --max-others 0.15        the share of a core other processes may use: the bench waits for the
                           machine to be this quiet before a run, and runs again a run that other
                           processes disturbed more (once; the less disturbed run is kept;
                           a wait ends after two minutes); default 0.15
  --help                   this text

Results go to bench/results/<UTC time>.md.";

        public IReadOnlyList<long> Sizes { get; private set; } = new long[] { 10_000, 1_000_000 };
        public int Rounds { get; private set; } = 5;
        public IReadOnlyList<string> Scenarios { get; private set; } = Bench.Scenarios.Default;

        /// <summary>The scenarios of a run: those asked for, and each variant's pipeline and bulk path.</summary>
        public IReadOnlyList<string> AllScenarios =>
            Scenarios.Concat(variants.Keys.SelectMany(name => Bench.Scenarios.Variable.Where(Scenarios.Contains).Select(s => Bench.Scenarios.OfVariant(s, name)))).ToList();
        public double MaxOthers { get; private set; } = 0.15;
        public IReadOnlyDictionary<string, string> Variants => variants;
        private readonly Dictionary<string, string> variants = new Dictionary<string, string>(StringComparer.Ordinal);
        public bool Help { get; private set; }

        // A child's own arguments.
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
                    case "--rounds": options.Rounds = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--max-others": options.MaxOthers = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--scenarios":
                        options.Scenarios = Next().Split(',');
                        foreach (var name in options.Scenarios.Where(name => !Bench.Scenarios.IsKnown(name)))
                            throw new ArgumentException($"Unknown scenario {name}. Known: {string.Join(", ", Bench.Scenarios.Known)}.");
                        break;
                    case "--variant":
                        var variant = Next().Split('=', 2);
                        if (variant.Length != 2 || !Directory.Exists(variant[1])) throw new ArgumentException("--variant takes name=dir, dir a built checkout of the repository.");
                        options.variants[variant[0]] = Path.GetFullPath(variant[1]);
                        break;
                    case "--help": case "-h": case "-?": options.Help = true; break;
                    case "--scenario": options.Scenario = Next(); break;
                    case "--size": options.Size = long.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--input": options.Input = Next(); break;
                    case "--work": options.Work = Next(); break;
                    default: throw new ArgumentException($"Unknown option {args[i]}.{Environment.NewLine}{Usage}");
                }
            }
            return options;
        }
    }
}

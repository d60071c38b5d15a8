using System.Collections.Generic;
using System.Linq;

namespace CloudResponsibility.Bench
{
    /// <summary>The scenarios, in report order, and the baseline each target is measured against.</summary>
    internal static class Scenarios
    {
        /// <summary>Send-BenchObject -Count 9N | Receive-BenchObject: the engine's floor for the pipeline's output rows.</summary>
        public const string Floor9N = "floor-9n";
        /// <summary>Import-CloudInventory | Get-ResponsibilityMatrix | Export-CloudReport.</summary>
        public const string Pipeline = "pipeline";
        /// <summary>
        /// The pipeline with Export-CloudReport -WhatIf: every object read, resolved and bound to the
        /// report cmdlet, nothing written. What the pipeline's thread costs with the writer thread idle.
        /// </summary>
        public const string PipelineUnwritten = "pipeline-whatif";
        /// <summary>CsvHelper alone: read the inventory, write 9 rows per service with the same columns from dictionaries.</summary>
        public const string RawCsvHelper = "raw-csvhelper";
        /// <summary>The bulk path, Export-ResponsibilityMatrix.</summary>
        public const string BulkCmdlet = "bulk-cmdlet";
        /// <summary>Send-BenchObject -Count N | Receive-BenchObject: the floor for one object per service.</summary>
        public const string FloorN = "floor-n";
        /// <summary>Import-CloudInventory | Receive-BenchObject: reading alone, against floor-n.</summary>
        public const string ImportOnly = "import-only";
        /// <summary>Test-VendorDisclosure over one file of full SaaS questionnaires | Receive-BenchObject: reading and judging a questionnaire row, against import-only.</summary>
        public const string DisclosureTest = "disclosure-test";
        /// <summary>The same over one file per questionnaire, read by wildcard, against import-only.</summary>
        public const string DisclosureFiles = "disclosure-files";

        /// <summary>
        /// Import-CloudInventory over N services, then Test-VendorDisclosure over questionnaires for
        /// 10^3 of them (one file each): reading the files an audit reads, the audit's baseline.
        /// </summary>
        public const string AuditImport = "audit-import";
        /// <summary>Invoke-CloudAudit over the same inventory and questionnaires, against audit-import.</summary>
        public const string Audit = "audit";
        /// <summary>The same audit written to a CSV report (the main job's shape), against audit-import.</summary>
        public const string AuditReport = "audit-report";

        /// <summary>The questionnaires the audit scenarios read: for this many services of the inventory.</summary>
        public const int AuditQuestionnaires = 1000;

        /// <summary>Import-CloudInventory | Export-ThreatModel | Receive-BenchObject: threat model objects (5 per service), against the pipeline.</summary>
        public const string ThreatObjects = "threat-objects";
        /// <summary>Import-CloudInventory | Export-ThreatModel -Path: the threat model as a CSV file, against the pipeline.</summary>
        public const string ThreatCsv = "threat-csv";
        /// <summary>Import-CloudInventory of the same inventory saved as a workbook | Receive-BenchObject, against import-only.</summary>
        public const string ImportXlsx = "import-xlsx";
        /// <summary>The bulk path writing a workbook (Export-ResponsibilityMatrix to .xlsx), against bulk-cmdlet.</summary>
        public const string BulkXlsx = "bulk-xlsx";

        /// <summary>The scenarios that run the module's own code, and so differ between builds (see --variant).</summary>
        public static readonly string[] Variable = { Pipeline, PipelineUnwritten, BulkCmdlet, ImportOnly, DisclosureTest, DisclosureFiles, ThreatObjects, ThreatCsv, ImportXlsx, BulkXlsx, AuditImport, Audit, AuditReport };

        /// <summary>A scenario as another build runs it: <c>pipeline@base</c>.</summary>
        public static string OfVariant(string scenario, string variant) => scenario + "@" + variant;

        /// <summary>The scenario and the build of a name such as <c>pipeline@base</c>; the build is null for this one.</summary>
        public static (string Scenario, string? Variant) Split(string name)
        {
            var at = name.IndexOf('@');
            return at < 0 ? (name, null) : (name.Substring(0, at), name.Substring(at + 1));
        }

        /// <summary>What a run without --scenarios measures: the two targets and their baselines.</summary>
        public static readonly string[] Default = { Floor9N, Pipeline, RawCsvHelper, BulkCmdlet };

        /// <summary>Every scenario there is.</summary>
        public static readonly string[] Known = Default.Concat(new[] { PipelineUnwritten, FloorN, ImportOnly, DisclosureTest, DisclosureFiles, ThreatObjects, ThreatCsv, ImportXlsx, BulkXlsx, AuditImport, Audit, AuditReport }).ToArray();

        /// <summary>Whether the scenario reads an audit's folder: inventory.csv and questionnaires/.</summary>
        public static bool ReadsAuditFolder(string scenario) => scenario == AuditImport || scenario == Audit || scenario == AuditReport;

        /// <summary>Whether the scenario reads questionnaires rather than an inventory.</summary>
        public static bool ReadsQuestionnaires(string scenario) => scenario == DisclosureTest || scenario == DisclosureFiles;

        public static bool IsKnown(string name) => Known.Contains(name);

        /// <summary>The scenario a run is divided by, round by round: the target's baseline; null for the baselines themselves.</summary>
        public static string? BaselineOf(string scenario) => Split(scenario).Scenario switch
        {
            Pipeline => Floor9N,
            PipelineUnwritten => Floor9N,
            BulkCmdlet => RawCsvHelper,
            ImportOnly => FloorN,
            DisclosureTest => ImportOnly,
            DisclosureFiles => ImportOnly,
            Audit => AuditImport,
            AuditReport => AuditImport,
            ThreatObjects => Pipeline,
            ThreatCsv => Pipeline,
            ImportXlsx => ImportOnly,
            BulkXlsx => BulkCmdlet,
            _ => null,
        };

        /// <summary>The baselines, which run without the engine where they can.</summary>
        public static IEnumerable<string> Baselines => Known.Where(s => Known.Any(t => BaselineOf(t) == s));

        /// <summary>Whether the scenario runs in the PowerShell engine.</summary>
        public static bool UsesEngine(string scenario) => scenario != RawCsvHelper;

        /// <summary>
        /// The scenario's script, for those run by the engine. Its inputs are the variables $n,
        /// $inventory (the questionnaire file, or their folder, for the disclosure scenarios; the folder of
        /// inventory.csv and questionnaires/ for the audit scenarios) and $report.
        /// </summary>
        public static string Script(string scenario) => scenario switch
        {
            Floor9N => "Send-BenchObject -Count (9 * $n) | Receive-BenchObject",
            FloorN => "Send-BenchObject -Count $n | Receive-BenchObject",
            ImportOnly or ImportXlsx => "Import-CloudInventory -LiteralPath $inventory | Receive-BenchObject",
            Pipeline => "Import-CloudInventory -LiteralPath $inventory | Get-ResponsibilityMatrix -Language en | Export-CloudReport -LiteralPath $report",
            PipelineUnwritten => "Import-CloudInventory -LiteralPath $inventory | Get-ResponsibilityMatrix -Language en | Export-CloudReport -LiteralPath $report -WhatIf",
            BulkCmdlet or BulkXlsx => "Export-ResponsibilityMatrix -InventoryPath $inventory -Path $report -Language en",
            DisclosureTest => "Test-VendorDisclosure -LiteralPath $inventory -Language en | Receive-BenchObject",
            DisclosureFiles => "Test-VendorDisclosure -Path ($inventory + '/*.csv') -Language en | Receive-BenchObject",
            AuditImport => "Import-CloudInventory -LiteralPath ($inventory + '/inventory.csv') | Receive-BenchObject; Test-VendorDisclosure -Path ($inventory + '/questionnaires/*.csv') -Language en | Receive-BenchObject",
            Audit => "Invoke-CloudAudit -InventoryPath ($inventory + '/inventory.csv') -QuestionnairePath ($inventory + '/questionnaires') -Language en | Receive-BenchObject",
            AuditReport => "Invoke-CloudAudit -InventoryPath ($inventory + '/inventory.csv') -QuestionnairePath ($inventory + '/questionnaires') -Language en | Export-CloudReport -LiteralPath $report",
            ThreatObjects => "Import-CloudInventory -LiteralPath $inventory | Export-ThreatModel -Language en | Receive-BenchObject",
            ThreatCsv => "Import-CloudInventory -LiteralPath $inventory | Export-ThreatModel -LiteralPath $report -Language en",
            _ => throw new System.ArgumentException("Not an engine scenario: " + scenario),
        };

        /// <summary>The output rows of a run over <paramref name="services"/> services.</summary>
        public static long OutputRows(string scenario, long services) =>
            ReadsQuestionnaires(scenario) ? QuestionnaireGenerator.Rows(services)
            : ReadsAuditFolder(scenario) ? services
            : scenario == FloorN || scenario == ImportOnly || scenario == ImportXlsx ? services
            : scenario == ThreatObjects || scenario == ThreatCsv ? 5 * services
            : 9 * services;

        /// <summary>The extension of the scenario's report: the format it writes.</summary>
        public static string ReportExtension(string scenario) => scenario == BulkXlsx ? ".xlsx" : ".csv";
    }
}

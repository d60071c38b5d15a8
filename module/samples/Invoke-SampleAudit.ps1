<#
.SYNOPSIS
    The main job on the bundled samples: the scheduled audit of the sample organisation, written as
    an HTML report; and the small inventory's per-service responsibility matrix, legal points and
    vendors' questionnaire results, as CSV that Excel opens.
.DESCRIPTION
    Reads inventory.csv (eight services, SaaS to on-premises, Japanese and English values) and
    contract-overrides.csv, then writes to -OutputDirectory:
      responsibility-matrix.csv  one row per service and layer: owner (after contract overrides),
                                 clause, duties, source, and the inventory's own columns
      legal-considerations.csv   the legal points each service triggers, with the reason
      vendor-disclosure.csv      this year's questionnaires (questionnaires/*-2026.csv) judged:
                                 one row per question, its outcome and the party left with the gap
      audit.html                 the audit of organisation/ (dozens of services, their questionnaires,
                                 overrides and accepted risks): counts by severity and owner, the
                                 per-service overview, the findings, sortable and filterable offline,
                                 and the services audited without findings
      audit-findings.json        the same findings: the next run's -BaselinePath, so that the next
                                 report says what is New, Worsened or Resolved
      audit-services.csv         Invoke-CloudAudit -Summary: every service audited, one row each, with
                                 its open findings by severity, new and suppressed ones; a service
                                 with none is a row of zeros
    and shows, per service, the layers the organisation must secure itself and, for the services
    with a questionnaire, how many answers fall short. With -FailOn, the script exits 1 when an
    open finding is at or above that severity (for a scheduler or CI).

    The audit and the questionnaires are judged as of -AsOf, today by default, so that a scheduled
    run (the README's cron line) sees answers age past their validity and accepted risks expire.
.EXAMPLE
    ./module/samples/Invoke-SampleAudit.ps1 -OutputDirectory ./out -AsOf 2026-12-01

    The samples as of the day their answers are dated for: the output the README and the tests show.
.EXAMPLE
    ./module/samples/Invoke-SampleAudit.ps1 -OutputDirectory ./out -FailOn High

    As a scheduler runs it: as of today, exiting 1 when an open finding is High or worse.
#>
[CmdletBinding()]
param(
    [string] $OutputDirectory = 'out',
    [ValidateSet('ja', 'en')]
    [string] $Language = 'en',
    # The day the audit is as of: today, so that a scheduled run sees answers age and accepted
    # risks expire. The samples' answers are dated for 2026-12-01: pass that for the output the
    # README and the tests show (build.ps1 -Task Sample does).
    [datetime] $AsOf = [datetime]::Today,
    [ValidateSet('Critical', 'High', 'Medium', 'Low', 'Info')]
    [string] $FailOn
)

$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot '../../CloudResponsibility.psd1')

$inventory = Join-Path $PSScriptRoot 'inventory.csv'
$overrides = Join-Path $PSScriptRoot 'contract-overrides.csv'
$target = New-Item -ItemType Directory -Path $OutputDirectory -Force
$matrixFile = Join-Path $target 'responsibility-matrix.csv'
$legalFile = Join-Path $target 'legal-considerations.csv'
$disclosureFile = Join-Path $target 'vendor-disclosure.csv'
$questionnaires = Join-Path $PSScriptRoot 'questionnaires/*-2026.csv'

$services = Import-CloudInventory -Path $inventory
$matrix = $services | Get-ResponsibilityMatrix -OverridePath $overrides -Language $Language
$matrix | Export-CloudReport -Path $matrixFile
$services | Get-LegalConsideration -Language $Language | Export-CloudReport -Path $legalFile
# The inventory and the overrides decide which party each answer's gap is left to.
$disclosure = Test-VendorDisclosure -Path $questionnaires -Inventory $services -OverridePath $overrides -AsOf $AsOf -Language $Language
$disclosure | Export-CloudReport -Path $disclosureFile
# The scheduled audit of the sample organisation. Problems in its inputs (an unreadable
# questionnaire, a suppression without justification) are errors the audit reports and goes past.
$organisation = Join-Path $PSScriptRoot 'organisation'
$auditFile = Join-Path $target 'audit.html'
$baselineFile = Join-Path $target 'audit-findings.json'
$audit = @{
    InventoryPath     = Join-Path $organisation 'inventory.csv'
    QuestionnairePath = Join-Path $organisation 'questionnaires'
    OverridePath      = Join-Path $organisation 'contract-overrides.csv'
    SuppressionPath   = Join-Path $organisation 'suppressions.csv'
    BaselinePath      = $baselineFile
    AsOf              = $AsOf
    MaxAge            = 365
    Language          = $Language
}
if ($FailOn) { $audit.FailOn = $FailOn }
$findings = Invoke-CloudAudit @audit -ErrorAction SilentlyContinue -ErrorVariable auditProblems -WarningAction SilentlyContinue -WarningVariable auditWarnings
# The same audit a line per service, before the baseline is replaced: coverage for the auditor.
# Given to the page with the findings, its lines list the services audited without findings.
$coverage = Invoke-CloudAudit @audit -Summary -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
@($findings) + @($coverage) | Export-CloudReport -Path $auditFile
$findings | Export-CloudReport -Path $baselineFile
"Wrote $auditFile"
$servicesFile = Join-Path $target 'audit-services.csv'
$coverage | Export-CloudReport -Path $servicesFile
"Wrote $servicesFile"

"Wrote $matrixFile"
"Wrote $legalFile"
"Wrote $disclosureFile"

'Layers each service leaves to us (Customer or Shared, after contract overrides):'
$matrix |
    Where-Object Owner -ne Provider |
    Sort-Object ServiceName, LayerOrder |
    Group-Object ServiceName |
    Select-Object @{ n = 'ServiceName'; e = { $_.Name } }, @{ n = 'OurLayers'; e = { ($_.Group | ForEach-Object { '{0}:{1}' -f $_.Layer, $_.Owner }) -join ', ' } } |
    Format-Table -Wrap -AutoSize

'Answers that fall short, by service and outcome:'
$disclosure |
    Where-Object Outcome -notin 'Pass', 'NotApplicable' |
    Group-Object ServiceName, Outcome |
    Select-Object Count, Name |
    Format-Table -AutoSize

'Audit of the sample organisation, open findings by severity:'
$findings |
    Where-Object Status -notin 'Suppressed', 'Resolved' |
    Group-Object Severity -NoElement |
    Sort-Object { [int][CloudResponsibility.Audit.FindingSeverity]$_.Name } -Descending |
    Format-Table Count, Name -AutoSize
"Services audited: $(@($coverage).Count), of which without open findings: $(@($coverage | Where-Object Open -eq 0).Count)"
"Problems in the audit's inputs ($($auditProblems.Count) errors, $($auditWarnings.Count) warnings):"
$auditProblems + $auditWarnings | ForEach-Object { "  $_" }
if ($FailOn) { exit $LASTEXITCODE }

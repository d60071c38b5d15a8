<#
.SYNOPSIS
    The main job on the bundled sample: an organisation's cloud inventory in, the per-service
    responsibility matrix, the legal points and the vendors' questionnaire results out, as CSV that
    Excel opens.
.DESCRIPTION
    Reads inventory.csv (eight services, SaaS to on-premises, Japanese and English values) and
    contract-overrides.csv, then writes to -OutputDirectory:
      responsibility-matrix.csv  one row per service and layer: owner (after contract overrides),
                                 clause, duties, source, and the inventory's own columns
      legal-considerations.csv   the legal points each service triggers, with the reason
      vendor-disclosure.csv      this year's questionnaires (questionnaires/*-2026.csv) judged:
                                 one row per question, its outcome and the party left with the gap
    and shows, per service, the layers the organisation must secure itself and, for the services
    with a questionnaire, how many answers fall short.
.EXAMPLE
    ./module/samples/Invoke-SampleAudit.ps1 -OutputDirectory ./out
#>
[CmdletBinding()]
param(
    [string] $OutputDirectory = 'out',
    [ValidateSet('ja', 'en')]
    [string] $Language = 'en'
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
$disclosure = Test-VendorDisclosure -Path $questionnaires -Inventory $services -OverridePath $overrides -Language $Language
$disclosure | Export-CloudReport -Path $disclosureFile
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

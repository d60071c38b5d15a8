<#
.SYNOPSIS
    The main job on the bundled sample: an organisation's cloud inventory in, the per-service
    responsibility matrix and the legal points out, as CSV that Excel opens.
.DESCRIPTION
    Reads inventory.csv (eight services, SaaS to on-premises, Japanese and English values) and
    contract-overrides.csv, then writes to -OutputDirectory:
      responsibility-matrix.csv  one row per service and layer: owner (after contract overrides),
                                 clause, duties, source, and the inventory's own columns
      legal-considerations.csv   the legal points each service triggers, with the reason
    and shows, per service, the layers the organisation must secure itself.
    Runs in pwsh, Windows PowerShell 5.1 and the project's own host (crhost); it uses only .NET
    and core cmdlets so that it also runs where the Utility module is missing.
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
$inventory = [System.IO.Path]::Combine($PSScriptRoot, 'inventory.csv')
$overrides = [System.IO.Path]::Combine($PSScriptRoot, 'contract-overrides.csv')
$target = [System.IO.Directory]::CreateDirectory($ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutputDirectory)).FullName
$matrixFile = [System.IO.Path]::Combine($target, 'responsibility-matrix.csv')
$legalFile = [System.IO.Path]::Combine($target, 'legal-considerations.csv')

Import-CloudInventory -Path $inventory |
    Get-ResponsibilityMatrix -OverridePath $overrides -Language $Language |
    Export-CloudReport -Path $matrixFile

Import-CloudInventory -Path $inventory |
    Get-LegalConsideration -Language $Language |
    Export-CloudReport -Path $legalFile

"Wrote $matrixFile"
"Wrote $legalFile"
''
'Layers each service leaves to us (Customer or Shared, after contract overrides):'
Import-CloudInventory -Path $inventory |
    Get-ResponsibilityMatrix -OverridePath $overrides -Owner Customer, Shared -Language $Language

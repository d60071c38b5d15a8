<#
.SYNOPSIS
    Times what a new session pays for the module: Import-Module, then the first pipeline.

.DESCRIPTION
    Starts a fresh pwsh (the one running this script) per run and module, so that every run pays
    what a scheduled job or a new console pays: loading the assemblies, the types and format files,
    and compiling what the first pipeline runs. Each child times, with a stopwatch in its own
    process, Import-Module of the manifest and then one
    Import-CloudInventory | Get-ResponsibilityMatrix | Export-CloudReport
    over the inventory; the pwsh start-up itself is not counted. Given several manifests (builds to
    compare, e.g. a copy of another commit's staged module) the runs go round them, in an order that
    alternates from round to round, so a drifting machine weighs on each alike. Writes the median
    and the quartiles of each measure per manifest and, with two manifests, the ratio of the second's
    medians to the first's and the median of the round-by-round ratios. Prints to the console;
    writes no objects.

.EXAMPLE
    dotnet pwsh bench/ModuleLoad/Measure-ModuleLoad.ps1 -Runs 31
.EXAMPLE
    dotnet pwsh bench/ModuleLoad/Measure-ModuleLoad.ps1 -ModulePath out/baseline/CloudResponsibility.psd1, ./CloudResponsibility.psd1
#>
[CmdletBinding()]
param(
    # Module manifests to time; the repository's by default.
    [string[]] $ModulePath = @(Join-Path $PSScriptRoot '../../CloudResponsibility.psd1'),

    # Fresh processes per manifest.
    [ValidateRange(3, 1000)]
    [int] $Runs = 21,

    # The inventory of the first pipeline; the sample organisation's by default.
    [string] $InventoryPath = (Join-Path $PSScriptRoot '../../module/samples/inventory.csv')
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$manifests = @($ModulePath | ForEach-Object { (Resolve-Path -LiteralPath $_).ProviderPath })
$inventory = (Resolve-Path -LiteralPath $InventoryPath).ProviderPath

# What each fresh process runs: the two timings, on one line the parent reads.
$child = {
    param([string] $manifest, [string] $inventory, [string] $report)
    $ErrorActionPreference = 'Stop'
    $clock = [Diagnostics.Stopwatch]::StartNew()
    Import-Module -Name $manifest
    $import = $clock.Elapsed.TotalMilliseconds
    $clock.Restart()
    Import-CloudInventory -Path $inventory | Get-ResponsibilityMatrix | Export-CloudReport -Path $report
    $pipeline = $clock.Elapsed.TotalMilliseconds
    'MODULE-LOAD {0:R} {1:R}' -f $import, $pipeline
}

function Invoke-FreshPwsh {
    # The pwsh running this script, as a new process; the pinned .NET tool runs as `dotnet pwsh.dll`.
    $process = [Environment]::ProcessPath
    if ([IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') { & $process (Join-Path $PSHOME 'pwsh.dll') @args }
    else { & $process @args }
}

function Get-Quantile([double[]] $sorted, [double] $q) {
    # Linear interpolation between the two closest ranks.
    $position = ($sorted.Count - 1) * $q
    $low = [math]::Floor($position)
    $high = [math]::Ceiling($position)
    $sorted[$low] + ($sorted[$high] - $sorted[$low]) * ($position - $low)
}

$scratch = Join-Path ([IO.Path]::GetTempPath()) ("module-load-" + [guid]::NewGuid().ToString('n'))
New-Item -ItemType Directory -Path $scratch | Out-Null
$samples = @{}
foreach ($manifest in $manifests) { $samples[$manifest] = [Collections.Generic.List[object]]::new() }
try {
    for ($round = 0; $round -lt $Runs; $round++) {
        $order = if ($round % 2 -eq 0) { 0..($manifests.Count - 1) } else { ($manifests.Count - 1)..0 }
        foreach ($index in $order) {
            $manifest = $manifests[$index]
            $report = Join-Path $scratch "report-$round-$index.csv"
            $output = Invoke-FreshPwsh -NoProfile -NonInteractive -Command $child -args $manifest, $inventory, $report
            $line = @($output) -match '^MODULE-LOAD ' | Select-Object -Last 1
            if (-not $line) { throw "A run of '$manifest' printed no timings: $($output -join [Environment]::NewLine)" }
            $fields = $line.Split(' ')
            $samples[$manifest].Add([pscustomobject]@{ Import = [double]$fields[1]; Pipeline = [double]$fields[2] })
        }
        Write-Progress -Activity 'Module load' -Status "round $($round + 1) of $Runs" -PercentComplete (100 * ($round + 1) / $Runs)
    }
}
finally {
    Remove-Item -LiteralPath $scratch -Recurse -Force -ErrorAction SilentlyContinue
    Write-Progress -Activity 'Module load' -Completed
}

$summary = foreach ($manifest in $manifests) {
    $row = [ordered]@{ Module = $manifest; Runs = $samples[$manifest].Count }
    foreach ($measure in 'Import', 'Pipeline', 'Total') {
        $values = [double[]]@($samples[$manifest] | ForEach-Object { if ($measure -eq 'Total') { $_.Import + $_.Pipeline } else { $_.$measure } } | Sort-Object)
        $row["$measure ms (median)"] = [math]::Round((Get-Quantile $values 0.5), 1)
        $row["$measure ms (quartiles)"] = '{0:F1}–{1:F1}' -f (Get-Quantile $values 0.25), (Get-Quantile $values 0.75)
    }
    [pscustomobject]$row
}
$summary | Format-List | Out-String -Width 200 | Write-Host
if ($manifests.Count -eq 2) {
    # Also round by round: the second's run over the first's run of the same round, whose median
    # a drifting machine sways less than it sways either median alone.
    foreach ($measure in 'Import', 'Pipeline', 'Total') {
        $ratio = $summary[1]."$measure ms (median)" / $summary[0]."$measure ms (median)"
        $paired = [double[]]@($(for ($i = 0; $i -lt $Runs; $i++) {
            $first = $samples[$manifests[0]][$i]; $second = $samples[$manifests[1]][$i]
            if ($measure -eq 'Total') { ($second.Import + $second.Pipeline) / ($first.Import + $first.Pipeline) } else { $second.$measure / $first.$measure }
        }) | Sort-Object)
        Write-Host ('{0}: second / first = {1:F3} (medians), {2:F3} (median of the rounds'' ratios; quartiles {3:F3}–{4:F3})' -f $measure, $ratio, (Get-Quantile $paired 0.5), (Get-Quantile $paired 0.25), (Get-Quantile $paired 0.75))
    }
}

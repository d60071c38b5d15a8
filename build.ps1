<#
.SYNOPSIS
    Builds CloudResponsibility, runs its tests and its sample, and packages it.

.DESCRIPTION
    Runs in the pinned pwsh (`dotnet tool restore` installs it from .config/dotnet-tools.json).
    The tasks, each running the ones it needs first:

      Build    dotnet build of the solution: the domain library, the cmdlets for both editions
               (module/bin/Core for PowerShell 7.4+, module/bin/Desktop for Windows PowerShell 5.1),
               their help, the Core build precompiled for this platform, the tests; and Pester
               5.9.1, restored from its NuGet package into out/tools/Pester.
      Test     the code style (.editorconfig, `dotnet format --verify-no-changes`), the xunit suite
               (the domain, and what only the engine's API shows), then every Pester spec in
               tests/Pester in a fresh pwsh against the built module. Prints each check's totals and
               then "N passed, N failed" over all; fails if any failed.
      Sample   runs the main job on the bundled sample organisation (module/samples).
      Stage    copies what a user installs into out/CloudResponsibility/<version>/.
      Package  makes out/packages/CloudResponsibility.<version>.nupkg, which Install-PSResource
               installs from a folder repository like a module from the PowerShell Gallery.

.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 -Task Test
.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Package
.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Test -NoBuild -Suite Pester -PesterPath tests/Pester/Get-CloudThreat.Tests.ps1

    Runs one Pester spec against the module as last built, without xunit.
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Sample', 'Stage', 'Package')]
    [string] $Task = 'Test',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # Pester specs to run (Test): a file or folder under tests/Pester; all of them by default.
    [string[]] $PesterPath = @(),

    # The suites Test runs: both by default, as CI runs them; one of them while iterating.
    [ValidateSet('xunit', 'Pester')]
    [string[]] $Suite = @('xunit', 'Pester'),

    # Test, Sample, Stage, Package: use the last build instead of building first (specs that
    # package or test what the running Test task has just built).
    [switch] $NoBuild
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = $PSScriptRoot
$solution = Join-Path $root 'CloudResponsibility.sln'
$pesterVersion = [version]'5.9.1'
$pesterManifest = Join-Path $root 'out/tools/Pester/Pester.psd1'

function Invoke-Build {
    dotnet build $solution --configuration $Configuration --nologo --verbosity quiet
    if ($LASTEXITCODE -ne 0) { throw "dotnet build failed ($LASTEXITCODE)." }
}

function Invoke-NewPwsh {
    # The pwsh that runs this script, in a new process: the .NET tool runs as `dotnet pwsh.dll`.
    $process = [Environment]::ProcessPath
    if ([IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') { & $process (Join-Path $PSHOME 'pwsh.dll') @args }
    else { & $process @args }
}

function Get-XunitTotals {
    # dotnet test writes one TRX file per test assembly; their counters are the totals.
    $results = Join-Path $root 'out/test-results'
    if (Test-Path $results) { Remove-Item $results -Recurse -Force }
    dotnet test $solution --configuration $Configuration --no-build --nologo --verbosity quiet --logger 'trx' --results-directory $results |
        Where-Object { $_ -match '^(Passed|Failed)!|error|\[FAIL\]|^\s+(Failed|Error Message|Stack Trace)' } | Write-Host
    $exit = $LASTEXITCODE
    $passed = 0; $failed = 0
    foreach ($trx in Get-ChildItem $results -Filter *.trx -ErrorAction SilentlyContinue) {
        $counters = ([xml](Get-Content -LiteralPath $trx.FullName -Raw)).TestRun.ResultSummary.Counters
        $passed += [int]$counters.passed
        $failed += [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
    }
    # A test host that crashed or a build that failed reports no counts: count it as a failure.
    if ($exit -ne 0 -and $failed -eq 0) { $failed = 1 }
    [pscustomobject]@{ Suite = 'xunit'; Passed = $passed; Failed = $failed }
}

function Get-PesterTotals {
    if (-not (Test-Path $pesterManifest)) { throw "Pester is not at '$pesterManifest'; the build restores it (Build task)." }
    # A fresh pwsh, so that no module the build imported leaks into the specs, and the specs see
    # the module as a user's new session does.
    $paths = if ($PesterPath) { $PesterPath } else { @(Join-Path $root 'tests/Pester') }
    $script = {
        param($manifest, $version, [string[]] $paths)
        $ErrorActionPreference = 'Stop'
        Import-Module $manifest -RequiredVersion $version -Force
        $configuration = New-PesterConfiguration
        $configuration.Run.Path = $paths
        $configuration.Run.PassThru = $true
        $configuration.Output.Verbosity = 'Normal'
        $configuration.TestResult.Enabled = $true
        $configuration.TestResult.OutputFormat = 'JUnitXml'
        $configuration.TestResult.OutputPath = Join-Path (Split-Path $manifest | Split-Path | Split-Path) 'test-results/pester.xml'
        $result = Invoke-Pester -Configuration $configuration
        "PESTER-TOTALS {0} {1}" -f $result.PassedCount, ($result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount)
    }
    $output = Invoke-NewPwsh -NoProfile -NonInteractive -Command $script -args $pesterManifest, $pesterVersion, $paths
    # Pester's own lines reach the console as the child writes them (its host output is streamed
    # back live); what comes back as output is only the totals line.
    $totals = $null
    foreach ($line in $output) {
        if ($line -match '^PESTER-TOTALS (\d+) (\d+)$') { $totals = $Matches }
    }
    if (-not $totals) { return [pscustomobject]@{ Suite = 'Pester'; Passed = 0; Failed = 1 } }
    [pscustomobject]@{ Suite = 'Pester'; Passed = [int]$totals[1]; Failed = [int]$totals[2] }
}

function Get-FormatTotals {
    # The code as .editorconfig says it is written; `dotnet format` (without --verify-no-changes) fixes it.
    dotnet format $solution --verify-no-changes --no-restore --verbosity quiet | Write-Host
    # A gate, not a test: it adds a failure when the code is out of line, and nothing to the passed count.
    if ($LASTEXITCODE -ne 0) { [pscustomobject]@{ Suite = 'format'; Passed = 0; Failed = 1 } }
}

function Invoke-Test {
    $suites = @(
        if ($Suite -contains 'xunit') { Get-FormatTotals; Get-XunitTotals }
        if ($Suite -contains 'Pester') { Get-PesterTotals }
    )
    foreach ($suite in $suites) { Write-Host ('{0}: {1} passed, {2} failed' -f $suite.Suite, $suite.Passed, $suite.Failed) }
    $passed = ($suites | Measure-Object Passed -Sum).Sum
    $failed = ($suites | Measure-Object Failed -Sum).Sum
    Write-Host "$passed passed, $failed failed"
    if ($failed -gt 0) { exit 1 }
}

function Invoke-Sample {
    # As of the day the samples' answers are dated for, so that the output is the same whenever it runs.
    & (Join-Path $root 'module/samples/Invoke-SampleAudit.ps1') -OutputDirectory (Join-Path $root 'out/sample') -AsOf 2026-12-01
}

function Invoke-Stage {
    $manifest = Test-ModuleManifest -Path (Join-Path $root 'CloudResponsibility.psd1')
    $target = Join-Path $root "out/CloudResponsibility/$($manifest.Version)"
    if (Test-Path $target) { Remove-Item $target -Recurse -Force }
    New-Item -ItemType Directory -Path $target | Out-Null
    Copy-Item (Join-Path $root 'CloudResponsibility.psd1') $target
    Copy-Item (Join-Path $root 'README.md') $target
    # The manifest's paths point into module/, so the staged folder keeps that layout.
    Copy-Item (Join-Path $root 'module') $target -Recurse
    Get-ChildItem (Join-Path $target 'module/bin') -Recurse -Include '*.pdb', '*.deps.json' | Remove-Item
    $staged = Test-ModuleManifest -Path (Join-Path $target 'CloudResponsibility.psd1')
    Write-Host "Staged $($staged.Name) $($staged.Version) in $target"
    $target
}

function Invoke-Package {
    $staged = Invoke-Stage | Select-Object -Last 1
    $packages = Join-Path $root 'out/packages'
    New-Item -ItemType Directory -Path $packages -Force | Out-Null
    # PSResourceGet writes the .nupkg a Gallery module has (manifest, files, nuspec from the manifest).
    Import-Module Microsoft.PowerShell.PSResourceGet -ErrorAction Stop
    Get-ChildItem $packages -Filter 'CloudResponsibility.*.nupkg' | Remove-Item
    Compress-PSResource -Path $staged -DestinationPath $packages
    $package = Get-ChildItem $packages -Filter 'CloudResponsibility.*.nupkg' | Select-Object -First 1
    Write-Host "Packaged $($package.FullName)"
}

if ($Task -eq 'Build' -or -not $NoBuild) { Invoke-Build }
switch ($Task) {
    'Test'    { Invoke-Test }
    'Sample'  { Invoke-Sample }
    'Stage'   { Invoke-Stage | Out-Null }
    'Package' { Invoke-Package }
}

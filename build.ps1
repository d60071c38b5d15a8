<#
.SYNOPSIS
    Builds CloudResponsibility, runs its tests, and stages a publishable module folder.

.DESCRIPTION
    The build, step by step (each task runs the ones it depends on):

      Build  dotnet build: the domain library, the cmdlets for both editions
             (module/bin/Core for PowerShell 7.4+, module/bin/Desktop for Windows PowerShell 5.1),
             their MAML help, the Core build precompiled for PowerShell 7.6 on this platform
             (src/CloudResponsibility.ReadyToRun), the console host and the tests.
      Test   the xunit suite (unit tests and engine tests through the hosted PowerShell engine),
             then the Pester 5 specs in tests/ against the module built by Build.
      Stage  copies what a user installs into out/CloudResponsibility/<version>/ and checks it
             with Test-ModuleManifest; Publish-Module -Path on that folder publishes it.

.EXAMPLE
    ./build.ps1                 # Build, Test, Stage
.EXAMPLE
    ./build.ps1 -Task Test      # Build and run every test suite
.EXAMPLE
    ./build.ps1 -Task Stage -Configuration Debug
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Stage', 'All')]
    [string] $Task = 'All',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = $PSScriptRoot

function Invoke-Build {
    dotnet build (Join-Path $root 'CloudResponsibility.sln') --configuration $Configuration
    if ($LASTEXITCODE -ne 0) { throw "dotnet build failed ($LASTEXITCODE)." }
}

function Invoke-Test {
    # The same command as CI and the README; it prints per-assembly totals.
    dotnet test (Join-Path $root 'CloudResponsibility.sln') --configuration $Configuration --no-build
    if ($LASTEXITCODE -ne 0) { throw "xunit tests failed ($LASTEXITCODE)." }

    $pester = Get-Module -ListAvailable -Name Pester | Where-Object Version -ge ([version]'5.0') | Sort-Object Version -Descending | Select-Object -First 1
    if (-not $pester) {
        Write-Warning 'Pester 5 is not installed (Install-Module Pester -MinimumVersion 5.0); the Pester specs were not run.'
        return
    }
    Import-Module $pester -Force
    $configuration = New-PesterConfiguration
    $configuration.Run.Path = Join-Path $root 'tests'
    $configuration.Run.PassThru = $true
    $configuration.Output.Verbosity = 'Detailed'
    $result = Invoke-Pester -Configuration $configuration
    if ($result.FailedCount -gt 0) { throw "$($result.FailedCount) Pester test(s) failed." }
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
}

switch ($Task) {
    'Build' { Invoke-Build }
    'Test'  { Invoke-Build; Invoke-Test }
    'Stage' { Invoke-Build; Invoke-Stage }
    'All'   { Invoke-Build; Invoke-Test; Invoke-Stage }
}

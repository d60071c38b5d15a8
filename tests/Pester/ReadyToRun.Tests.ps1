# The Core module (module/bin/Core) is precompiled (ReadyToRun) for .NET 10, so that a session's or a
# scheduled job's first pipeline runs compiled code instead of waiting for the JIT. A fresh pwsh runs
# the main job's pipeline with the runtime asked to list every method it compiles
# (DOTNET_JitStdOutFile, DOTNET_JitDisasmSummary); the module's and CsvHelper's methods compiled from
# IL at the first tier must stay few: generic instantiations the image cannot hold, not the module.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $folder = New-TempFolder -Prefix 'cr-r2r'
    $jitLog = Join-Path $folder 'jit.txt'
    $report = Join-Path $folder 'matrix.csv'
    $quote = { param([string] $text) "'" + ($text -replace "'", "''") + "'" }
    # The runtime's JIT listing (a diagnostic, not the module) now and then crashes the process it
    # lists (signal 11 or 6, "free(): invalid pointer", a bare `1+1` too): such a run is retried, up
    # to three times; any other failure stands.
    $attempt = 0
    do {
        $attempt++
        if (Test-Path $jitLog) { Remove-Item $jitLog }
        $run = Invoke-NewPwsh -WorkingDirectory $folder.FullName -Environment @{
            DOTNET_JitStdOutFile    = $jitLog
            DOTNET_JitDisasmSummary = '1'
            # Settings that would change what is compiled when, if the caller had them.
            DOTNET_ReadyToRun       = $null
            DOTNET_TieredCompilation = $null
            DOTNET_TieredPGO        = $null
            DOTNET_TC_QuickJit      = $null
        } -Command @"
`$ErrorActionPreference = 'Stop'
Import-Module $(& $quote (Get-ModuleManifest))
Import-CloudInventory -LiteralPath $(& $quote (Get-InventoryFixture 'japanese-utf8.csv')) | Get-ResponsibilityMatrix | Export-CloudReport -LiteralPath $(& $quote $report)
"@
    } while ($run.ExitCode -ge 128 -and $attempt -lt 3)
    $compiled = @(if (Test-Path $jitLog) { Get-Content $jitLog | Where-Object { $_ -match 'JIT compiled' } })
    $firstTier = @($compiled | Where-Object { $_ -match 'Tier0' -and $_ -match 'JIT compiled (CloudResponsibility|CsvHelper)\.' })
}

AfterAll {
    if ($folder) { Remove-TempFolder $folder.FullName }
}

Describe 'The precompiled Core module' {
    It 'ships ReadyToRun images of the module and CsvHelper in module/bin/Core' -Skip:($PSEdition -ne 'Core') {
        foreach ($name in 'CloudResponsibility.dll', 'CloudResponsibility.PowerShell.dll', 'CsvHelper.dll') {
            $image = Get-ChildItem (Join-Path (Get-RepositoryRoot) 'module/bin/Core') -Recurse -Filter $name | Select-Object -First 1
            $image | Should -Not -BeNullOrEmpty -Because "the Core build ships $name"
            $stream = [System.IO.File]::OpenRead($image.FullName)
            try {
                $pe = [System.Reflection.PortableExecutable.PEReader]::new($stream)
                $pe.PEHeaders.CorHeader.ManagedNativeHeaderDirectory.Size | Should -BeGreaterThan 0 -Because "$name must be a ReadyToRun image"
            }
            finally { $stream.Dispose() }
        }
    }

    It 'runs the main job''s first pipeline in a fresh pwsh and writes the report' {
        $run.ExitCode | Should -Be 0 -Because ($run.Output + $run.ErrorOutput -join "`n")
        (Import-Csv $report).Count | Should -Be 18
    }

    It 'lists what the runtime compiled (the measurement works)' {
        $compiled.Count | Should -BeGreaterThan 100 -Because 'the engine itself compiles methods on the first run; an empty list means the runtime ignored DOTNET_JitStdOutFile'
    }

    # With the images ignored (DOTNET_ReadyToRun=0) the same run compiles about 750 of them. The rest
    # are generic instantiations an image cannot hold: over the public types, which live in another
    # assembly (CloudResponsibility.Types, outside the image's version bubble), and CsvHelper's
    # vectorised methods, which the runtime recompiles for the machine's instruction set.
    It 'compiles fewer than 100 of the module''s and CsvHelper''s methods from IL at the first tier' {
        $firstTier.Count | Should -BeLessThan 100 -Because ("methods compiled from IL, e.g.`n" + ($firstTier | Select-Object -First 10 | Out-String))
    }
}

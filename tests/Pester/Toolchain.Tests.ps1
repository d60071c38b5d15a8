# The toolchain as a new user and CI meet it: the sample script runs in a fresh pwsh on its own,
# `build.ps1 -Task Test` fails when a Pester spec fails, and .ci/run's log keeps what it printed.
# Run: ./build.ps1 -Task Test (or Invoke-Pester this file).
BeforeDiscovery {
    $hasBash = [bool](Get-Command bash -CommandType Application -ErrorAction Ignore)
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $root = Get-RepositoryRoot
    $bash = Get-Command bash -CommandType Application -ErrorAction Ignore | Select-Object -First 1
}

Describe 'module/samples/Invoke-SampleAudit.ps1' {
    BeforeAll {
        $output = New-TempFolder -Prefix 'cr-sample'
        # -File, from the repository root, in a pwsh that has not imported the module: the sample imports it.
        # As of the day the samples' answers are dated for, as build.ps1 -Task Sample runs it: the same output whenever the tests run.
        $run = Invoke-NewPwsh -ArgumentList '-File', './module/samples/Invoke-SampleAudit.ps1', '-OutputDirectory', $output.FullName, '-AsOf', '2026-12-01'
    }

    AfterAll {
        Remove-TempFolder $output.FullName
    }

    It 'runs with pwsh -File in a fresh pwsh without the module imported first' {
        $run.ExitCode | Should -Be 0 -Because ($run.Output + $run.ErrorOutput -join "`n")
        $run.ErrorOutput | Should -BeNullOrEmpty
    }

    It 'writes the matrix with the contract overrides and the legal points' {
        $matrix = Import-Csv (Join-Path $output 'responsibility-matrix.csv')
        $matrix.Count | Should -Be 72
        @($matrix | Where-Object IsOverridden -eq 'True').Count | Should -Be 5
        (Import-Csv (Join-Path $output 'legal-considerations.csv')).Count | Should -Be 12
        $run.Output | Should -Contain "Wrote $(Join-Path $output 'responsibility-matrix.csv')"
    }

    It "judges this year's questionnaires against the inventory and shows what falls short" {
        $disclosure = Import-Csv (Join-Path $output 'vendor-disclosure.csv')
        @($disclosure.ServiceName | Sort-Object -Unique) | Should -Be @('kintone', 'Microsoft 365')
        @($disclosure | Where-Object Outcome -eq 'Missing').ItemId | Should -Be @('CHK-DC-01.3')
        # Judged on the audit's date, not the day the script runs: the same samples give the same file.
        @($disclosure.AsOf | Sort-Object -Unique) | Should -Be @('2026-12-01')
        $run.Output | Should -Contain 'Answers that fall short, by service and outcome:'
        ($run.Output -join "`n") | Should -Match '(?m)^\s+2 Microsoft 365, Partial$'
    }

    It 'writes the audit of the sample organisation as HTML, and its findings as the baseline of the next run' {
        $page = Get-Content (Join-Path $output 'audit.html') -Raw -Encoding utf8
        $findings = Get-Content (Join-Path $output 'audit-findings.json') -Raw -Encoding utf8 | ConvertFrom-Json
        $expected = Import-Csv (Join-Path (Get-SampleFolder) 'organisation/expected-findings.csv') -Encoding utf8
        $findings.Count | Should -Be $expected.Count
        ([regex]::Matches($page, '<tr [^>]*data-fingerprint=')).Count | Should -Be $findings.Count
        @($findings.Status | Sort-Object -Unique) | Should -Be @('New', 'Suppressed')
        $run.Output | Should -Contain "Wrote $(Join-Path $output 'audit.html')"
        $run.Output | Should -Contain 'Audit of the sample organisation, open findings by severity:'
        # The suppression without justification, the unreadable file, and the answer planted in each questionnaire with defects that is none of the accepted ones (VND-07):
        # this year's files only, since a superseded file of last year is not judged and its rows' errors go to -Verbose.
        ($run.Output -join "`n") | Should -Match '(?m)^Problems in the audit''s inputs \(7 errors, 1 warnings\):$'
        ($run.Output -join "`n") | Should -Not -Match '-2025\.csv'
    }

    It 'lists every service the audit read, those without findings as rows of zeros' {
        $coverage = @(Import-Csv (Join-Path $output 'audit-services.csv') -Encoding utf8)
        $inventory = @(Import-Csv (Join-Path (Get-SampleFolder) 'organisation/inventory.csv') -Encoding utf8)
        $coverage.ServiceName | Should -Be $inventory.ServiceName
        $findings = Get-Content (Join-Path $output 'audit-findings.json') -Raw -Encoding utf8 | ConvertFrom-Json
        $open = @($findings | Where-Object Status -notin 'Suppressed', 'Resolved')
        foreach ($row in $coverage) {
            $own = @($open | Where-Object ServiceName -eq $row.ServiceName)
            [int]$row.Open | Should -Be $own.Count -Because $row.ServiceName
            [int]$row.High | Should -Be @($own | Where-Object Severity -eq 'High').Count -Because $row.ServiceName
            [int]$row.Suppressed | Should -Be @($findings | Where-Object { $_.ServiceName -eq $row.ServiceName -and $_.Status -eq 'Suppressed' }).Count
            ([int]$row.Critical + [int]$row.High + [int]$row.Medium + [int]$row.Low + [int]$row.Info) | Should -Be ([int]$row.Open)
        }
        $clean = @($coverage | Where-Object Open -eq '0')
        $clean.Count | Should -BeGreaterThan 0 -Because 'the sample organisation has services the audit finds nothing wrong with'
        @($clean.ServiceName | Where-Object { $_ -in $open.ServiceName }) | Should -BeNullOrEmpty
        $run.Output | Should -Contain ('Services audited: {0}, of which without open findings: {1}' -f $coverage.Count, $clean.Count)
    }

    It 'compares a second run with the first: the same findings, Unchanged' {
        $again = Invoke-NewPwsh -ArgumentList '-File', './module/samples/Invoke-SampleAudit.ps1', '-OutputDirectory', $output.FullName, '-AsOf', '2026-12-01'
        $again.ExitCode | Should -Be 0 -Because ($again.Output + $again.ErrorOutput -join "`n")
        $findings = Get-Content (Join-Path $output 'audit-findings.json') -Raw -Encoding utf8 | ConvertFrom-Json
        @($findings.Status | Sort-Object -Unique) | Should -Be @('Suppressed', 'Unchanged')
    }

    It 'audits as of the day it runs unless -AsOf says another, as the README''s cron line runs it' {
        $script = Join-Path $root 'module/samples/Invoke-SampleAudit.ps1'
        $ast = [System.Management.Automation.Language.Parser]::ParseFile($script, [ref]$null, [ref]$null)
        $asOf = $ast.ParamBlock.Parameters | Where-Object { $_.Name.VariablePath.UserPath -eq 'AsOf' }
        # The default as the script evaluates it when it starts: a date fixed in it would never let answers age or accepted risks expire.
        [datetime](& ([scriptblock]::Create($asOf.DefaultValue.Extent.Text))) | Should -Be ([datetime]::Today)
        $cron = @(Get-Content (Join-Path $root 'README.md') -Encoding utf8 | Where-Object { $_ -match '^\S+ \S+ \S+ \S+ \S+\s+pwsh .*Invoke-SampleAudit\.ps1' })
        $cron | Should -HaveCount 1
        $cron | Should -Not -Match '-AsOf'
    }

    It 'shows the layers each service leaves to us, one row per service' {
        # The console's width decides where Format-Table -Wrap breaks the lines: only their starts are compared.
        Get-TableColumn ($run.Output -join "`n") | Should -Be @('ServiceName', 'OurLayers')
        $services = (Import-Csv (Join-Path (Get-SampleFolder) 'inventory.csv') -Encoding utf8).ServiceName
        $rows = @($run.Output | Where-Object { $line = $_; $services | Where-Object { $line.StartsWith("$_ ") } })
        $rows.Count | Should -Be 8
        $rows | Where-Object { $_ -match '^kintone\s' } | Should -Match '^kintone\s+Data:Customer, AccountsAndAccess:Customer$'
        $rows[0] | Should -Match '^Amazon EC2 \(設計データ\)\s+Data:Shared,'
    }
}

Describe 'build.ps1 -Task Test' {
    BeforeAll {
        $specs = New-TempFolder -Prefix 'cr-specs'
        $passing = Join-Path $specs 'Passing.Tests.ps1'
        $failingFolder = New-Item -ItemType Directory -Path (Join-Path $specs 'failing')
        $failing = Join-Path $failingFolder 'Failing.Tests.ps1'
        $broken = Join-Path $failingFolder 'Broken.Tests.ps1'
        Set-Content -LiteralPath $passing -Value "Describe 'A passing spec' { It 'passes' { 1 | Should -Be 1 } }"
        Set-Content -LiteralPath $failing -Value "Describe 'A failing spec' { It 'passes' { 1 | Should -Be 1 }; It 'fails' { 1 | Should -Be 2 } }"
        Set-Content -LiteralPath $broken -Value "Describe 'A spec whose setup fails' { BeforeAll { throw 'setup failed' }; It 'never runs' { 1 | Should -Be 1 } }"
        # Only the Pester suite, against the module as built: what is tested is how a Pester failure reaches the exit code.
        $invokeTest = {
            param([string] $Path)
            Invoke-NewPwsh -ArgumentList '-File', (Join-Path $root 'build.ps1'), '-Task', 'Test', '-NoBuild', '-Suite', 'Pester', '-PesterPath', $Path
        }
    }

    AfterAll {
        Remove-TempFolder $specs.FullName
    }

    It 'exits 0 and prints the sum when every spec passes' {
        $run = & $invokeTest $passing
        $run.ExitCode | Should -Be 0 -Because ($run.Output -join "`n")
        $run.Output | Should -Contain 'Pester: 1 passed, 0 failed'
        $run.Output[-1] | Should -Be '1 passed, 0 failed'
    }

    It 'exits non-zero and counts the failures when a test fails or a spec''s setup fails' {
        $run = & $invokeTest $failingFolder.FullName
        $run.ExitCode | Should -Not -Be 0
        $pester = $run.Output | Where-Object { $_ -match '^Pester: (\d+) passed, (\d+) failed$' } | ForEach-Object { [int]$Matches[1], [int]$Matches[2] }
        $pester[0] | Should -Be 1
        $pester[1] | Should -BeGreaterOrEqual 2 -Because 'a failed test and a failed setup are failures'
        $run.Output[-1] | Should -Be ('{0} passed, {1} failed' -f $pester[0], $pester[1])
    }
}

Describe '.ci/run' -Skip:(-not $hasBash) {
    BeforeAll {
        # A copy of .ci/run beside a stand-in for dotnet that prints what the real build prints, so
        # that the script's own plumbing (tee, totals, exit code) is what is tested, not a second build.
        $sandbox = New-TempFolder -Prefix 'cr-ci'
        New-Item -ItemType Directory -Path (Join-Path $sandbox '.ci'), (Join-Path $sandbox 'bin') | Out-Null
        Copy-Item (Join-Path $root '.ci/run') (Join-Path $sandbox '.ci/run')
        $fakeDotnet = Join-Path $sandbox 'bin/dotnet'
        Set-Content -LiteralPath $fakeDotnet -Value @'
#!/usr/bin/env bash
case "$1" in
  tool) echo "Restore was successful."; exit 0 ;;
  pwsh)
    [ "$*" = "pwsh ./build.ps1 -Task Test" ] || { echo "unexpected: dotnet $*" >&2; exit 3; }
    [ -n "$FAKE_XUNIT_LINE" ] && echo "$FAKE_XUNIT_LINE"
    echo "error: a line on stderr" >&2
    [ -n "$FAKE_TOTALS" ] && echo "$FAKE_TOTALS"
    exit "${FAKE_EXIT:-0}" ;;
esac
exit 2
'@
        & chmod +x $fakeDotnet
        $invokeCi = {
            param([hashtable] $Fake)
            $log = Join-Path $sandbox 'log.txt'
            $environment = @{ PATH = (Join-Path $sandbox 'bin') + [System.IO.Path]::PathSeparator + $env:PATH }
            foreach ($name in $Fake.Keys) { $environment[$name] = $Fake[$name] }
            # bash .ci/run > log 2>&1, as CI and a user capturing the log run it.
            $start = [System.Diagnostics.ProcessStartInfo]::new($bash.Source)
            foreach ($argument in '-c', 'bash "$0" > "$1" 2>&1', (Join-Path $sandbox '.ci/run'), $log) { $start.ArgumentList.Add($argument) }
            foreach ($name in $environment.Keys) { $start.Environment[$name] = $environment[$name] }
            $process = [System.Diagnostics.Process]::Start($start)
            $process.WaitForExit()
            [pscustomobject]@{ ExitCode = $process.ExitCode; Log = @(Get-Content -LiteralPath $log) }
        }
        $xunitLine = 'Passed!  - Failed:     0, Passed:   643, Skipped:     0, Total:   643, Duration: 23 s - CloudResponsibility.Tests.dll (net10.0)'
    }

    AfterAll {
        Remove-TempFolder $sandbox.FullName
    }

    It 'keeps the dotnet test lines and stderr in a log that output is redirected to, and ends with the total' {
        $run = & $invokeCi @{ FAKE_XUNIT_LINE = $xunitLine; FAKE_TOTALS = '943 passed, 0 failed'; FAKE_EXIT = '0' }
        $run.ExitCode | Should -Be 0 -Because ($run.Log -join "`n")
        $run.Log | Should -Contain $xunitLine
        $run.Log | Should -Contain 'error: a line on stderr'
        $run.Log[-1] | Should -Be '943 passed, 0 failed'
    }

    It 'fails with the build''s total when a test failed' {
        $run = & $invokeCi @{ FAKE_XUNIT_LINE = $xunitLine; FAKE_TOTALS = '942 passed, 1 failed'; FAKE_EXIT = '1' }
        $run.ExitCode | Should -Not -Be 0
        $run.Log[-1] | Should -Be '942 passed, 1 failed'
    }

    It 'fails with "0 passed, 1 failed" when the build stopped before any total' {
        $run = & $invokeCi @{ FAKE_EXIT = '1' }
        $run.ExitCode | Should -Not -Be 0
        $run.Log[-1] | Should -Be '0 passed, 1 failed'
    }
}

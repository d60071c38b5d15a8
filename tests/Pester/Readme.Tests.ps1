# The README's commands still run and its shown output is what pwsh prints.
#  - A ```text block whose first line is `PS> <command>` shows that command's output as pwsh prints
#    it at 120 columns, from the repository root, with $PSStyle.OutputRendering = 'PlainText'. The
#    command runs in a fresh runspace there, with the module imported as the README's install steps
#    leave it, and its output must equal the block's (trailing spaces of lines and leading and
#    trailing blank lines aside).
#  - In a ```powershell block, every line that starts with `PS> ` runs (the block's lines in one
#    fresh runspace, in order) and must not write or throw an error.
#  A command continues on following lines that start with `>> `, as pwsh shows a continued line.
# Run: ./build.ps1 -Task Test (or Invoke-Pester this file).
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    . (Join-Path $PSScriptRoot 'ReadmeBlocks.ps1')
    $blocks = @(Get-ReadmeBlock -Path (Join-Path (Get-RepositoryRoot) 'README.md'))
    # Output blocks known to be stale, matched by content (Get-ReadmeBlockFingerprint): a block that
    # changes is checked in full. Their commands must still run without error. None today.
    $knownStale = @()
    $outputs = @($blocks | Where-Object Kind -eq 'Output' | ForEach-Object {
            @{ Line = $_.Line; Command = $_.Commands[0]; Expected = $_.Expected; Stale = (Get-ReadmeBlockFingerprint $_.Commands[0] $_.Expected) -in $knownStale }
        })
    $scripts = @($blocks | Where-Object Kind -eq 'Script' | ForEach-Object { @{ Line = $_.Line; Commands = $_.Commands; First = $_.Commands[0] } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    . (Join-Path $PSScriptRoot 'ReadmeBlocks.ps1')
    $root = Get-RepositoryRoot
    # What the README's commands may leave at the top of the repository: nothing new outside out/.
    $topLevel = { @(Get-ChildItem -LiteralPath $root -Force | Where-Object Name -ne 'out' | ForEach-Object Name | Sort-Object) }
    $before = & $topLevel
}

Describe 'README.md' {
    It 'shows, at line <Line>, what pwsh prints for: <Command>' -ForEach $outputs {
        $result = Invoke-ReadmeCommand -Command $Command -Location $root
        $result.Errors | ForEach-Object { "$($_.FullyQualifiedErrorId): $_" } | Should -BeNullOrEmpty
        if ($Stale -and (ConvertTo-ComparableOutput $result.Output) -ne (ConvertTo-ComparableOutput $Expected)) {
            Set-ItResult -Skipped -Because 'this block of the README is known to be stale until README.md is rewritten (issue 18)'
        }
        ConvertTo-ComparableOutput $result.Output | Should -Be (ConvertTo-ComparableOutput $Expected)
    }

    It 'runs the PS> lines of the powershell block at line <Line> without error: <First>' -ForEach $scripts {
        $result = Invoke-ReadmeCommand -Command ($Commands -join "`n") -Location $root
        $result.Errors | ForEach-Object { "$($_.FullyQualifiedErrorId): $_" } | Should -BeNullOrEmpty
    }

    It 'leaves no new file at the top of the repository (a README command writes under ./out)' {
        & $topLevel | Should -Be $before
    }
}

Describe 'The README checker' {
    BeforeAll {
        $fixture = Join-Path $TestDrive 'README.md'
        Set-Content -LiteralPath $fixture -Encoding utf8 -Value @(
            '# Fixture', '', '```text', 'PS> Get-CloudServiceModel -Id SaaS, PaaS -Language en | Select-Object Id', '', 'Id', '--', 'SaaS', 'PaaS', '```', ''
            '```text', 'PS> Get-CloudServiceModel -Id SaaS -Language en | Select-Object Id', '', 'Id', '--', 'IaaS', '```', ''
            '```text', 'Import-CloudInventory: not a command line, only shown', '```', ''
            '```powershell', 'PS> $models = Get-CloudServiceModel', 'PS> $models |', '>>     Where-Object Id -eq IaaS', 'Get-NotRunBecauseNoPrompt', '```', ''
            '```powershell', 'PS> Get-CloudThreat TH-99', '```')
        $found = @(Get-ReadmeBlock -Path $fixture)
    }

    It 'finds the output blocks and the prompt lines of powershell blocks, and nothing else' {
        $found.Kind | Should -Be @('Output', 'Output', 'Script', 'Script')
        $found.Line | Should -Be @(3, 12, 24, 31)
        $found[2].Commands | Should -Be @('$models = Get-CloudServiceModel', "`$models |`n    Where-Object Id -eq IaaS")
    }

    It 'passes a block that shows what pwsh prints' {
        $result = Invoke-ReadmeCommand -Command $found[0].Commands[0] -Location (Get-RepositoryRoot)
        ConvertTo-ComparableOutput $result.Output | Should -Be (ConvertTo-ComparableOutput $found[0].Expected)
    }

    It 'fails a block whose output is wrong' {
        $result = Invoke-ReadmeCommand -Command $found[1].Commands[0] -Location (Get-RepositoryRoot)
        ConvertTo-ComparableOutput $result.Output | Should -Not -Be (ConvertTo-ComparableOutput $found[1].Expected)
        { ConvertTo-ComparableOutput $result.Output | Should -Be (ConvertTo-ComparableOutput $found[1].Expected) } | Should -Throw
    }

    It 'runs a powershell block''s lines in one runspace, and reports an error' {
        (Invoke-ReadmeCommand -Command ($found[2].Commands -join "`n") -Location (Get-RepositoryRoot)).Errors | Should -BeNullOrEmpty
        (Invoke-ReadmeCommand -Command $found[3].Commands[0] -Location (Get-RepositoryRoot)).Errors[0].FullyQualifiedErrorId | Should -BeLike 'UnknownId,*'
    }

    It 'fingerprints a block by its command and its output as compared' {
        $fingerprint = Get-ReadmeBlockFingerprint 'Get-CloudThreat' "Id`nTH-01"
        Get-ReadmeBlockFingerprint 'Get-CloudThreat' "`nId  `nTH-01`n`n" | Should -Be $fingerprint
        Get-ReadmeBlockFingerprint 'Get-CloudThreat' "Id`nTH-02" | Should -Not -Be $fingerprint
        Get-ReadmeBlockFingerprint 'Get-CloudThreat -Language en' "Id`nTH-01" | Should -Not -Be $fingerprint
    }

    It 'ignores trailing spaces and blank lines at either end, not blank lines inside' {
        ConvertTo-ComparableOutput "`n`nA  `r`n`nB `n`n" | Should -Be "A`n`nB"
        ConvertTo-ComparableOutput "A`nB" | Should -Not -Be (ConvertTo-ComparableOutput "A`n`nB")
    }
}

# Runs every example of every cmdlet's help, as Get-Help shows it (en-US), against the sample files:
# a help example that no longer works fails the build. Test cases are generated from the built
# module, so a cmdlet added later is covered as soon as it is exported and documented.
# Each example runs in its own runspace, in a folder holding a copy of module/samples (so that
# ./inventory.csv and ./contract-overrides.csv exist), with $ErrorActionPreference = 'Stop', and
# its output is formatted as the console formats it: any error, written or thrown, fails it.
# The Japanese help (src/CloudResponsibility.PowerShell/Help/ja-JP) must show the same code.
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility

    # Get-Help answers in the UI culture; the examples run here are the English help's.
    $uiCulture = [cultureinfo]::CurrentUICulture
    [cultureinfo]::CurrentUICulture = 'en-US'
    try {
        $examples = foreach ($command in Get-Command -Module CloudResponsibility | Sort-Object Name) {
            $number = 0
            foreach ($example in (Get-Help $command.Name -Examples).Examples.Example) {
                $number++
                @{
                    Command = $command.Name
                    Number  = $number
                    Title   = ($example.Title -replace '^[-\s]+|[-\s]+$')
                    Code    = [string]$example.Code
                }
            }
        }
        $cmdlets = foreach ($command in Get-Command -Module CloudResponsibility | Sort-Object Name) {
            @{
                Command = $command.Name
                Codes   = @((Get-Help $command.Name -Examples).Examples.Example | ForEach-Object { [string]$_.Code })
            }
        }
    }
    finally {
        [cultureinfo]::CurrentUICulture = $uiCulture
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    $helpSources = Join-Path (Get-RepositoryRoot) 'src/CloudResponsibility.PowerShell/Help'

    # The code blocks of a help markdown file's EXAMPLES section, in order.
    function Get-MarkdownExampleCode([string] $Path) {
        $text = (Get-Content -LiteralPath $Path -Raw -Encoding utf8) -replace '\r\n', "`n"
        $examples = [regex]::Match($text, '(?ms)^## EXAMPLES\s*$(.*?)(?=^## )').Groups[1].Value
        [regex]::Matches($examples, '(?ms)^```powershell\n(.*?)\n```') | ForEach-Object { $_.Groups[1].Value }
    }

    function Format-Code([string] $Code) { ($Code -replace '\r\n', "`n").Trim() }
}

Describe 'Help examples' {
    It 'finds at least two examples for each of the <Cmdlets> exported cmdlets' -ForEach @{ Cmdlets = $cmdlets.Count; Examples = $examples.Count } {
        $Cmdlets | Should -Be (Get-Command -Module CloudResponsibility).Count
        $Examples | Should -BeGreaterOrEqual (2 * $Cmdlets)
    }

    It '<Command> example <Number> runs without error: <Title>' -ForEach $examples {
        $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive "$Command-$Number")
        Copy-SampleFolder -Destination $folder.FullName
        $run = Invoke-FreshRunspace -Script $Code -Location $folder.FullName -ImportModule
        $run.Errors | ForEach-Object { "$($_.FullyQualifiedErrorId): $_" } | Should -BeNullOrEmpty -Because "the example is`n$Code`n"
        $run.Failed | Should -BeFalse
    }

    It '<Command> has the same example code in its Japanese help' -ForEach $cmdlets {
        $japanese = Join-Path $helpSources "ja-JP/$Command.md"
        $japanese | Should -Exist
        @(Get-MarkdownExampleCode $japanese | ForEach-Object { Format-Code $_ }) | Should -Be @($Codes | ForEach-Object { Format-Code $_ })
    }
}

Describe 'The example runner' {
    It 'fails an example that writes a non-terminating error' {
        $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'runner-error')
        Copy-SampleFolder -Destination $folder.FullName
        $run = Invoke-FreshRunspace -Script 'Get-CloudThreat TH-99; Get-CloudThreat TH-01' -Location $folder.FullName -ImportModule
        $run.Failed | Should -BeTrue
        $run.Errors[0].FullyQualifiedErrorId | Should -BeLike 'UnknownId,*'
    }

    It 'runs in the sample folder with the module imported, and formats the output' {
        $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'runner-ok')
        Copy-SampleFolder -Destination $folder.FullName
        $run = Invoke-FreshRunspace -Script 'Import-CloudInventory ./inventory.csv | Select-Object -First 1' -Location $folder.FullName -ImportModule
        $run.Failed | Should -BeFalse
        Get-TableColumn $run.Output | Should -Be @('ServiceName', 'ServiceModel', 'Vendor', 'DataLocation', 'Owner')
    }

    It 'reads the examples of a markdown file' {
        $file = Join-Path $TestDrive 'Get-Sample.md'
        Set-Content -LiteralPath $file -Encoding utf8 -Value @(
            '# Get-Sample', '', '## EXAMPLES', '', '### Example 1: One', '```powershell', 'Get-Sample 1', '```', '', 'Text.', ''
            '### Example 2: Two', '```powershell', 'Get-Sample 2 |', '  Format-List', '```', '', '## PARAMETERS', '', '```powershell', 'not an example', '```')
        Get-MarkdownExampleCode $file | Should -Be @('Get-Sample 1', "Get-Sample 2 |`n  Format-List")
    }
}

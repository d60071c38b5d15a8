# The module as a whole: its manifest, what it exports, that every exported cmdlet follows the
# conventions a pwsh user relies on. Run: ./build.ps1 -Task Test (or Invoke-Pester this file).
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $cmdlets = (Import-PowerShellDataFile (Get-ModuleManifest)).CmdletsToExport | ForEach-Object { @{ Name = $_ } }
    # Verbs of cmdlets that write or change something: they must offer -WhatIf and -Confirm.
    $writingVerbs = 'Add', 'Clear', 'Copy', 'Export', 'Move', 'New', 'Out', 'Publish', 'Remove', 'Rename', 'Reset', 'Save', 'Set', 'Update', 'Write'
    $writers = $cmdlets | Where-Object { ($_.Name -split '-')[0] -in $writingVerbs }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    $manifest = Import-PowerShellDataFile (Get-ModuleManifest)
}

Describe 'The module' {
    It 'passes Test-ModuleManifest' {
        { Test-ModuleManifest (Get-ModuleManifest) -ErrorAction Stop } | Should -Not -Throw
    }

    It 'exports exactly the cmdlets its manifest lists, and nothing else' {
        (Get-Command -Module CloudResponsibility -CommandType Cmdlet).Name | Sort-Object | Should -Be ($manifest.CmdletsToExport | Sort-Object)
        @(Get-Command -Module CloudResponsibility -CommandType Function, Alias) | Should -BeNullOrEmpty
    }

    It 'loads the edition''s build of the cmdlets from module/bin' {
        $nested = (Get-Module CloudResponsibility).NestedModules | Where-Object Name -eq 'CloudResponsibility.PowerShell'
        $nested.ModuleBase | Should -Be (Join-Path (Get-RepositoryRoot) "module/bin/$(if ($PSEdition -eq 'Core') { 'Core' } else { 'Desktop' })")
    }

    It '<Name> writes, so it supports -WhatIf and -Confirm' -ForEach $writers {
        (Get-Command $Name).Parameters.Keys | Should -Contain 'WhatIf'
        (Get-Command $Name).Parameters.Keys | Should -Contain 'Confirm'
    }

    Context '<Name>' -ForEach $cmdlets {
        BeforeAll {
            $command = Get-Command $Name
        }

        It 'uses an approved verb' {
            $command.Verb | Should -BeIn (Get-Verb).Verb
        }

        It 'declares its output types' {
            $command.OutputType | Should -Not -BeNullOrEmpty
            $command.OutputType | ForEach-Object { $_.Type | Should -Not -BeNullOrEmpty -Because "$($_.Name) must be a loaded type" }
        }

        It 'has help with a synopsis, a description and at least two examples, in English and Japanese' {
            $help = Get-Help $Name -Full
            $help.Synopsis | Should -Not -BeNullOrEmpty
            $help.Synopsis | Should -Not -Match "^\s*$Name\s"
            @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
            foreach ($culture in 'en-US', 'ja-JP') {
                Join-Path (Get-RepositoryRoot) "src/CloudResponsibility.PowerShell/Help/$culture/$Name.md" | Should -Exist
            }
        }
    }
}

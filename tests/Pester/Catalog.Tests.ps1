# Pester 5 specs of the catalog cmdlets. Run: ./build.ps1 -Task Test (or Invoke-Pester ./tests).
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../CloudResponsibility.psd1') -Force -ErrorAction Stop
}

Describe 'Get-CloudThreat' {
    It 'writes the five threats of CSO §2.2' {
        (Get-CloudThreat).Id | Should -Be @('TH-01', 'TH-02', 'TH-03', 'TH-04', 'TH-05')
    }

    It 'matches IDs with wildcards' {
        (Get-CloudThreat -Id 'th-0[12]').Id | Should -Be @('TH-01', 'TH-02')
    }

    It 'writes an UnknownId error for an ID that does not exist, and the rest' {
        $found = Get-CloudThreat TH-01, TH-99 -ErrorVariable problems -ErrorAction SilentlyContinue
        $found.Id | Should -Be 'TH-01'
        $problems[0].FullyQualifiedErrorId | Should -Be 'UnknownId,CloudResponsibility.PowerShell.Commands.GetCloudThreatCommand'
        $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'stops at an unknown ID with -ErrorAction Stop' {
        { Get-CloudThreat TH-99 -ErrorAction Stop } | Should -Throw -ErrorId 'UnknownId,CloudResponsibility.PowerShell.Commands.GetCloudThreatCommand'
    }

    It 'narrows customer layers to those the customer owns under SaaS' {
        Get-CloudThreat -ServiceModel SaaS | ForEach-Object {
            $_.CustomerLayers | ForEach-Object { $_ | Should -BeIn @('Data', 'AccountsAndAccess') }
        }
    }

    It 'speaks Japanese with -Language ja and keeps the IDs' {
        $ja = Get-CloudThreat -Language ja
        $en = Get-CloudThreat -Language en
        $ja.Id | Should -Be $en.Id
        $ja[0].Name | Should -Not -Be $en[0].Name
        $ja[0].Language | Should -Be 'Ja'
    }
}

Describe 'Links between catalog objects' {
    It 'pipes a threat to its provider controls' {
        $threat = Get-CloudThreat TH-02
        $controls = Get-CloudThreat TH-02 | Get-ProviderControl
        ($controls.Id | Sort-Object) | Should -Be ($threat.ProviderControlIds | Sort-Object)
    }

    It 'pipes a check to the disclosure items that cover it' {
        Get-VendorCheckItem CHK-TE-05 | Get-DisclosureItem | ForEach-Object { $_.CheckItemIds | Should -Contain 'CHK-TE-05' }
    }

    It 'follows links from ID strings alone' {
        ('CTL-T-09' | Get-ProviderControl).Id | Should -Be 'CTL-T-09'
    }
}

Describe 'Get-VendorCheckItem' {
    It 'expands a check into its questionnaire lines' {
        (Get-VendorCheckItem CHK-TE-05 -ExpandSubPoint).Id | Should -Be @('CHK-TE-05.1', 'CHK-TE-05.2', 'CHK-TE-05.3', 'CHK-TE-05.4')
    }

    It 'keeps only the checks that apply to a service model' {
        $iaas = Get-VendorCheckItem -ServiceModel IaaS
        $iaas | ForEach-Object { $_.ServiceModels | Should -Contain 'IaaS' }
        $iaas.Id | Should -Contain 'CHK-TE-04'
        Get-VendorCheckItem -ServiceModel OnPremises | Should -BeNullOrEmpty
    }
}

Describe 'Get-ResponsibilityMatrix' {
    It 'writes all 36 cells' {
        (Get-ResponsibilityMatrix).Count | Should -Be 36
    }

    It 'lays the matrix out as the guideline table with -Pivot' {
        $rows = Get-ResponsibilityMatrix -Pivot
        $rows.Count | Should -Be 9
        $middleware = $rows | Where-Object Layer -eq 'Middleware'
        $middleware.PaaS | Should -Be 'Shared'
        $middleware.IaaS | Should -Be 'Customer'
    }

    It 'rejects an unknown service model with a binding error' {
        { Get-ResponsibilityMatrix -ServiceModel FaaS -ErrorAction Stop } | Should -Throw -ErrorId 'CannotConvertArgumentNoMessage,CloudResponsibility.PowerShell.Commands.GetResponsibilityMatrixCommand'
    }

    It 'filters with Where-Object on typed properties' {
        (Get-ResponsibilityMatrix IaaS | Where-Object Owner -eq 'Customer').Layer | Should -Be @('Data', 'AccountsAndAccess', 'Application', 'Middleware', 'GuestOS')
    }
}

Describe 'The module' {
    It 'passes Test-ModuleManifest' {
        { Test-ModuleManifest (Join-Path $PSScriptRoot '../../CloudResponsibility.psd1') -ErrorAction Stop } | Should -Not -Throw
    }

    It 'exports exactly the cmdlets its manifest lists' {
        $declared = (Import-PowerShellDataFile (Join-Path $PSScriptRoot '../../CloudResponsibility.psd1')).CmdletsToExport | Sort-Object
        (Get-Command -Module CloudResponsibility).Name | Sort-Object | Should -Be $declared
    }

    It 'has help with two examples for <_>' -ForEach @(
        'Get-ResponsibilityMatrix', 'Get-ResponsibilityNote', 'Get-CloudServiceModel', 'Get-CloudDeploymentModel', 'Get-CloudThreat',
        'Get-ProviderControl', 'Get-VendorCheckItem', 'Get-DisclosureItem', 'Get-LegalConsideration', 'Import-CloudInventory',
        'Export-CloudReport', 'Export-ResponsibilityMatrix'
    ) {
        $help = Get-Help $_ -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
    }
}

# Pester 5 specs of what a report writes: the columns a type declares, in order, and for any other
# object the properties PowerShell shows for it, as Export-Csv writes them.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../CloudResponsibility.psd1') -Force -ErrorAction Stop
    $sample = Join-Path $PSScriptRoot '../../module/samples'
    function Get-Header([string] $Path) { (Get-Content -LiteralPath $Path -Encoding utf8 -TotalCount 1).Split(',') }
}

Describe 'Report columns' {
    It 'writes a matrix row''s declared columns and its inventory''s own, never the link to its service' {
        $file = Join-Path $TestDrive 'matrix.csv'
        $rows = Import-CloudInventory (Join-Path $sample 'inventory.csv') | Get-ResponsibilityMatrix -Language en
        $rows[0].Service.ServiceName | Should -Be $rows[0].ServiceName
        $rows | Export-CloudReport $file
        $header = Get-Header $file
        $header[0..3] | Should -Be @('ServiceName', 'ServiceModel', 'Layer', 'Owner')
        $header | Should -Not -Contain 'Service'
        $header | Should -Not -Contain 'AdditionalColumns'
        $header[-2..-1] | Should -Be @('CostCenter', 'ContractEnd')
    }

    It 'writes a legal finding without its links to the service and the legal point' {
        $file = Join-Path $TestDrive 'legal.csv'
        [pscustomobject]@{ ServiceName = 'CRM'; ServiceModel = 'SaaS'; DataLocation = 'US' } | Get-LegalConsideration -Language en | Export-CloudReport $file
        $header = Get-Header $file
        $header[0] | Should -Be 'ServiceName'
        $header | Should -Not -Contain 'Service'
        $header | Should -Not -Contain 'Consideration'
    }

    It 'writes Select-Object output with its properties in order' {
        $file = Join-Path $TestDrive 'selected.csv'
        Get-CloudThreat -Language en | Select-Object Name, Id | Export-CloudReport $file
        Get-Header $file | Should -Be @('Name', 'Id')
    }

    It 'writes other .NET objects through the properties PowerShell shows, as Export-Csv does' {
        $file = Join-Path $TestDrive 'files.csv'
        $item = Get-Item -LiteralPath (Join-Path $sample 'inventory.csv')
        $item | Export-CloudReport $file
        $row = Import-Csv -LiteralPath $file -Encoding utf8
        $row.Name | Should -Be 'inventory.csv'
        $row.Length | Should -Be ([string]$item.Length)
    }

    It 'round-trips Import-Csv rows' {
        $file = Join-Path $TestDrive 'copy.csv'
        $original = Import-Csv -LiteralPath (Join-Path $sample 'inventory.csv') -Encoding utf8
        $original | Export-CloudReport $file -NoFormulaProtection
        (Import-Csv -LiteralPath $file -Encoding utf8 | ConvertTo-Json) | Should -Be ($original | ConvertTo-Json)
    }
}

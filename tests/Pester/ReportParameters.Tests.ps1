# Pester 5 specs of the parameters every report-writing cmdlet shares (ReportCommand): the same
# parameters, -Force on a read-only report, -Append.
BeforeDiscovery {
    $exporters = @('Export-CloudReport', 'Export-ResponsibilityMatrix') | ForEach-Object { @{ Cmdlet = $_ } }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../CloudResponsibility.psd1') -Force -ErrorAction Stop
    $inventory = Join-Path $PSScriptRoot '../../module/samples/inventory.csv'
    function Write-Report([string] $Cmdlet, [string] $Path, [hashtable] $More = @{}) {
        if ($Cmdlet -eq 'Export-CloudReport') { Import-CloudInventory $inventory | Get-ResponsibilityMatrix | Export-CloudReport $Path @More }
        else { Export-ResponsibilityMatrix $inventory $Path @More }
    }
}

Describe 'Report parameters' {
    It 'are the same on <Cmdlet>' -ForEach $exporters {
        $shared = 'Format', 'Encoding', 'Delimiter', 'NoFormulaProtection', 'Append', 'NoClobber', 'Force', 'PassThru', 'Language'
        $parameters = (Get-Command $Cmdlet).Parameters
        foreach ($name in $shared) { $parameters.Keys | Should -Contain $name }
        $parameters['NoClobber'].Aliases | Should -Contain 'NoOverwrite'
    }

    It '<Cmdlet> refuses a read-only report without -Force' -ForEach $exporters {
        $file = Join-Path $TestDrive "$Cmdlet-locked.csv"
        Set-Content -Path $file -Value 'old'
        (Get-Item $file).IsReadOnly = $true
        { Write-Report $Cmdlet $file @{ ErrorAction = 'Stop' } } | Should -Throw -ErrorId "FileReadOnly,*"
        Get-Content $file | Should -Be 'old'
    }

    It '<Cmdlet> -Force replaces a read-only report and leaves it read-only' -ForEach $exporters {
        $file = Join-Path $TestDrive "$Cmdlet-forced.csv"
        Set-Content -Path $file -Value 'old'
        (Get-Item $file).IsReadOnly = $true
        Write-Report $Cmdlet $file @{ Force = $true }
        (Get-Content $file -TotalCount 1) | Should -Match '^\uFEFF?ServiceName,'
        (Get-Item $file).IsReadOnly | Should -BeTrue
    }

    It '<Cmdlet> -Append adds the rows under the existing header' -ForEach $exporters {
        $file = Join-Path $TestDrive "$Cmdlet-log.csv"
        Write-Report $Cmdlet $file
        $once = @(Import-Csv $file -Encoding utf8).Count
        Write-Report $Cmdlet $file @{ Append = $true }
        @(Import-Csv $file -Encoding utf8).Count | Should -Be (2 * $once)
        @(Get-Content $file | Where-Object { $_ -match 'ServiceName,' }).Count | Should -Be 1
    }
}

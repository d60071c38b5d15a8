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

    It '<Cmdlet> -Append writes in the file''s own encoding (<Name>)' -ForEach @(
        foreach ($cmdlet in 'Export-CloudReport', 'Export-ResponsibilityMatrix') {
            foreach ($name in 'unicode', 'bigendianunicode', 'shift_jis') { @{ Cmdlet = $cmdlet; Name = $name } }
        }) {
        $file = Join-Path $TestDrive "$Cmdlet-$Name.csv"
        Write-Report $Cmdlet $file @{ Encoding = $Name }
        $before = [IO.File]::ReadAllBytes($file)
        $once = @(Import-Csv $file -Encoding $Name).Count
        Write-Report $Cmdlet $file @{ Append = $true }
        $rows = @(Import-Csv $file -Encoding $Name)
        $rows.Count | Should -Be (2 * $once)
        $rows[-1].ServiceName | Should -Be $rows[$once - 1].ServiceName
        # The old bytes are kept as they were, the new ones decode in the same encoding.
        $after = [IO.File]::ReadAllBytes($file)
        [Linq.Enumerable]::SequenceEqual([byte[]]$after[0..($before.Length - 1)], $before) | Should -BeTrue
        $text = [Text.Encoding]::GetEncoding($(if ($Name -eq 'unicode') { 'utf-16' } elseif ($Name -eq 'bigendianunicode') { 'utf-16BE' } else { 932 })).GetString($after)
        $text | Should -Not -Match '\uFFFD'
        ([regex]::Matches($text, 'ServiceName,')).Count | Should -Be 1
    }

    It '<Cmdlet> -Append with an -Encoding not the file''s stops with AppendEncodingMismatch and leaves it as it was' -ForEach $exporters {
        $file = Join-Path $TestDrive "$Cmdlet-utf16.csv"
        Write-Report $Cmdlet $file @{ Encoding = 'unicode' }
        $before = [IO.File]::ReadAllBytes($file)
        { Write-Report $Cmdlet $file @{ Append = $true; Encoding = 'utf8'; ErrorAction = 'Stop' } } | Should -Throw -ErrorId 'AppendEncodingMismatch,*'
        [IO.File]::ReadAllBytes($file).Length | Should -Be $before.Length
        @(Get-ChildItem $TestDrive -Force -Filter "*$Cmdlet-utf16*").Count | Should -Be 1
    }

    It '<Cmdlet> -Append to a large file without a line break stops with AppendHeaderNotFound naming it, without its content' -ForEach $exporters {
        $file = Join-Path $TestDrive "$Cmdlet-blob.csv"
        $stream = [IO.File]::Create($file)
        try { $stream.SetLength(20MB) } finally { $stream.Dispose() }
        $caught = $null
        try { Write-Report $Cmdlet $file @{ Append = $true; ErrorAction = 'Stop' } } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -BeLike 'AppendHeaderNotFound,*'
        $caught.TargetObject | Should -Be $file
        $caught.Exception.Message | Should -BeLike "*$file*"
        $caught.ToString().Length | Should -BeLessThan 1000
        (Get-Item $file).Length | Should -Be 20MB
    }

    It '<Cmdlet>: two -Appends to one file at once lose no row' -ForEach $exporters {
        $file = Join-Path $TestDrive "$Cmdlet-shared.csv"
        Write-Report $Cmdlet $file
        $once = @(Import-Csv $file -Encoding utf8).Count
        $module = Join-Path $PSScriptRoot '../../CloudResponsibility.psd1'
        $cmdletName = $Cmdlet
        $source = $inventory
        1..2 | ForEach-Object -ThrottleLimit 2 -Parallel {
            Import-Module $using:module
            if ($using:cmdletName -eq 'Export-CloudReport') { Import-CloudInventory $using:source | Get-ResponsibilityMatrix | Export-CloudReport $using:file -Append }
            else { Export-ResponsibilityMatrix $using:source $using:file -Append }
        }
        @(Import-Csv $file -Encoding utf8).Count | Should -Be (3 * $once)
    }
}

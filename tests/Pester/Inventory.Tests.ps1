# Pester 5 specs of inventories in and reports out. Run: ./build.ps1 -Task Test (or Invoke-Pester ./tests).
BeforeDiscovery {
    $fixtures = Join-Path $PSScriptRoot '../CloudResponsibility.Tests/Fixtures/Inventory'
    $roundTrips = @('cp932-japanese.csv', 'extra-columns.csv', 'utf8-bom-crlf-multiline.csv', 'fullwidth-lowercase.csv') |
        ForEach-Object { @{ Fixture = $_ } }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../CloudResponsibility.psd1') -Force -ErrorAction Stop
    $fixtures = Join-Path $PSScriptRoot '../CloudResponsibility.Tests/Fixtures/Inventory'
    $sample = Join-Path $PSScriptRoot '../../module/samples'
}

Describe 'Import-CloudInventory' {
    It 'reads a Shift_JIS file with Japanese headers and normalises the values' {
        $services = Import-CloudInventory (Join-Path $fixtures 'cp932-japanese.csv')
        $services.Count | Should -Be 4
        $services[0].ServiceName | Should -Be '経費精算'
        $services[0].ServiceModel | Should -Be 'SaaS'
        $services[0].PersonalData | Should -BeTrue
        @($services[1].DataLocation) | Should -Be @('JP', 'SG')
    }

    It 'keeps unknown columns as properties' {
        $chat = Import-CloudInventory (Join-Path $fixtures 'extra-columns.csv') | Where-Object 'Cost Center' -eq 'CC-2'
        $chat.ServiceName | Should -Be 'Chat'
    }

    It 'writes an error per bad row with its ID, file, row, column and value, and every good service' {
        $services = Import-CloudInventory (Join-Path $fixtures 'malformed.csv') -ErrorVariable problems -ErrorAction SilentlyContinue
        $services.ServiceName | Should -Contain 'Good5'
        $bad = $problems | Where-Object { $_.FullyQualifiedErrorId -like 'UnknownServiceModel,*' } | Select-Object -First 1
        $bad.TargetObject.Row | Should -Be 3
        $bad.TargetObject.Column | Should -Be 'ServiceModel'
        $bad.TargetObject.Value | Should -Be 'SaaX'
    }

    It 'stops at the first bad row with -ErrorAction Stop' {
        { Import-CloudInventory (Join-Path $fixtures 'malformed.csv') -ErrorAction Stop } | Should -Throw -ErrorId 'UnknownServiceModel,CloudResponsibility.PowerShell.Commands.ImportCloudInventoryCommand'
    }

    It 'warns about a duplicate service name and writes both' {
        $services = Import-CloudInventory (Join-Path $fixtures 'duplicates.csv') -WarningVariable warnings -WarningAction SilentlyContinue
        $services.Count | Should -Be 5
        $warnings.Count | Should -BeGreaterThan 0
    }

    It 'round-trips <Fixture> through Export-CloudReport' -ForEach $roundTrips {
        $copy = Join-Path $TestDrive $Fixture
        $original = Import-CloudInventory (Join-Path $fixtures $Fixture) -WarningAction SilentlyContinue
        $original | Export-CloudReport $copy -NoFormulaProtection
        $again = Import-CloudInventory $copy -WarningAction SilentlyContinue
        ($again | ConvertTo-Json -Depth 3) | Should -Be ($original | ConvertTo-Json -Depth 3)
    }
}

Describe 'Services joined with the catalog' {
    It 'resolves nine rows per service with overrides marked and cited' {
        $rows = Import-CloudInventory (Join-Path $sample 'inventory.csv') | Get-ResponsibilityMatrix -OverridePath (Join-Path $sample 'contract-overrides.csv')
        $rows.Count | Should -Be (9 * 8)
        $kintone = $rows | Where-Object { $_.ServiceName -eq 'kintone' -and $_.Layer -eq 'AccountsAndAccess' }
        $kintone.IsOverridden | Should -BeTrue
        $kintone.Owner | Should -Be 'Customer'
        $kintone.GeneralOwner | Should -Be 'Shared'
    }

    It 'carries the inventory''s extra columns to the report and keeps them on each row''s service' {
        $file = Join-Path $TestDrive 'with-cost-centers.csv'
        $rows = Import-CloudInventory (Join-Path $sample 'inventory.csv') | Get-ResponsibilityMatrix
        $rows[0].Service.CostCenter | Should -Be 'IT-100'
        $rows | Export-CloudReport $file
        $report = Import-Csv $file -Encoding utf8
        $report[0].CostCenter | Should -Be 'IT-100'
        $report[0].ContractEnd | Should -Be '2027-03-31'
    }

    It 'takes Import-Csv rows as services' {
        $rows = Import-Csv (Join-Path $sample 'inventory.csv') -Encoding utf8 | Get-ResponsibilityMatrix
        ($rows | Group-Object ServiceName).Count | Should -Be 8
    }

    It 'finds the legal points with their reasons, relative to the home country' {
        $findings = [pscustomobject]@{ ServiceName = 'CRM'; ServiceModel = 'SaaS'; DataLocation = 'US' } | Get-LegalConsideration
        ($findings | Where-Object Id -eq 'LEG-03').Reason | Should -Be 'DataLocation=US'
        [pscustomobject]@{ ServiceName = 'CRM'; ServiceModel = 'SaaS'; DataLocation = 'JP' } | Get-LegalConsideration | Should -BeNullOrEmpty
    }
}

Describe 'Export-CloudReport' {
    It 'writes UTF-8 with BOM and CRLF and neutralises formula cells' {
        $file = Join-Path $TestDrive 'formulas.csv'
        [pscustomobject]@{ A = '=1+2'; B = -5 } | Export-CloudReport $file
        $bytes = [System.IO.File]::ReadAllBytes($file)
        $bytes[0..2] | Should -Be @(0xEF, 0xBB, 0xBF)
        [System.Text.Encoding]::UTF8.GetString($bytes, 3, $bytes.Length - 3) | Should -Be "A,B`r`n`"'=1+2`",-5`r`n"
    }

    It 'leaves the old file intact when the pipeline fails' {
        $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'atomic')
        $file = Join-Path $folder 'keep.csv'
        Set-Content -Path $file -Value 'old' -NoNewline
        { & { Get-CloudThreat; throw 'upstream failed' } | Export-CloudReport $file } | Should -Throw
        Get-Content $file -Raw | Should -Be 'old'
        @(Get-ChildItem $folder -Force).Count | Should -Be 1
    }

    It 'takes -LiteralPath as another name for -Path and never reads wildcards in it' {
        $file = Join-Path $TestDrive '[a].csv'
        Get-CloudThreat TH-01 | Export-CloudReport -LiteralPath $file
        Test-Path -LiteralPath $file | Should -BeTrue
    }

    It 'refuses to overwrite with -NoClobber' {
        $file = Join-Path $TestDrive 'exists.csv'
        Set-Content -Path $file -Value 'old'
        { Get-CloudThreat | Export-CloudReport $file -NoClobber -ErrorAction Stop } | Should -Throw -ErrorId 'FileExists,CloudResponsibility.PowerShell.Commands.ExportCloudReportCommand'
    }

    It 'writes the same bytes through the bulk path as through the pipeline' {
        $viaPipeline = Join-Path $TestDrive 'pipeline.csv'
        $viaBulk = Join-Path $TestDrive 'bulk.csv'
        Import-CloudInventory (Join-Path $sample 'inventory.csv') | Get-ResponsibilityMatrix | Export-CloudReport $viaPipeline
        Export-ResponsibilityMatrix (Join-Path $sample 'inventory.csv') $viaBulk
        (Get-FileHash $viaBulk).Hash | Should -Be (Get-FileHash $viaPipeline).Hash
    }

    It 'writes the columns picked with -Property, as Select-Object picks them' {
        $viaPipeline = Join-Path $TestDrive 'slim-pipeline.csv'
        $viaBulk = Join-Path $TestDrive 'slim-bulk.csv'
        Import-CloudInventory (Join-Path $sample 'inventory.csv') | Get-ResponsibilityMatrix | Select-Object ServiceName, Layer, Owner | Export-CloudReport $viaPipeline
        Export-ResponsibilityMatrix (Join-Path $sample 'inventory.csv') $viaBulk -Property ServiceName, Layer, Owner
        (Get-FileHash $viaBulk).Hash | Should -Be (Get-FileHash $viaPipeline).Hash
        (Import-Csv $viaBulk | Select-Object -First 1).PSObject.Properties.Name | Should -Be @('ServiceName', 'Layer', 'Owner')
    }

    It 'stops on a column that does not exist and keeps the old report' {
        $file = Join-Path $TestDrive 'kept.csv'
        Set-Content -Path $file -Value 'old'
        { Export-ResponsibilityMatrix (Join-Path $sample 'inventory.csv') $file -Property ServiceName, CostCentre -ErrorAction Stop } |
            Should -Throw -ErrorId 'UnknownColumn,CloudResponsibility.PowerShell.Commands.ExportResponsibilityMatrixCommand'
        Get-Content $file | Should -Be 'old'
    }
}

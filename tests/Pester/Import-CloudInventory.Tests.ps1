# Import-CloudInventory as a pwsh user meets it. Run: ./build.ps1 -Task Test (or Invoke-Pester this file).
# Inventories are the sample organisation's (module/samples) and the xunit suite's fixtures.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    $errorId = { param($id) "$id,CloudResponsibility.PowerShell.Commands.ImportCloudInventoryCommand" }
    $inventory = Join-Path (Get-SampleFolder) 'inventory.csv'
    $sampleNames = @('Microsoft 365', 'Salesforce Sales Cloud', 'kintone', '電子カルテ連携基盤', 'Azure App Service', 'Amazon EC2 (設計データ)', 'Google Cloud Storage (EU拠点)', '社内ファイルサーバ')
}

Describe 'Import-CloudInventory' {
    Context 'Reading files (the Path parameter set)' {
        It 'reads the sample inventory into typed services, normalising Japanese values' {
            $services = Import-CloudInventory $inventory
            $services.ServiceName | Should -Be $sampleNames
            $services.ServiceModel | Should -Be @('SaaS', 'SaaS', 'SaaS', 'PaaS', 'PaaS', 'IaaS', 'IaaS', 'OnPremises')
            $services | ForEach-Object { $_ | Should -BeOfType CloudResponsibility.Model.CloudService }
            @($services[2].DataLocation) | Should -Be @('JP')
            $services[3].PersonalData | Should -BeTrue
            $services[3].MedicalData | Should -BeTrue
            @($services[6].DataLocation) | Should -Be @('DE', 'IE')
            $services[7].DeploymentModel | Should -BeNullOrEmpty
        }

        It 'reads a Shift_JIS file with Japanese headers and normalises the values' {
            $services = Import-CloudInventory (Get-InventoryFixture 'cp932-japanese.csv')
            $services.Count | Should -Be 4
            $services[0].ServiceName | Should -Be '経費精算'
            $services[0].ServiceModel | Should -Be 'SaaS'
            $services[0].PersonalData | Should -BeTrue
            @($services[1].DataLocation) | Should -Be @('JP', 'SG')
            (Import-CloudInventory (Get-InventoryFixture 'cp932-japanese.csv') -Encoding shift_jis).ServiceName | Should -Be $services.ServiceName
        }

        It 'detects UTF-16 with a byte order mark' {
            (Import-CloudInventory (Get-InventoryFixture 'utf16le-bom.csv')).ServiceName | Should -Be @('Mail', 'チャット')
        }

        It 'reads another delimiter with -Delimiter' {
            $services = Import-CloudInventory (Get-InventoryFixture 'semicolon.csv') -Delimiter ';'
            $services.ServiceName | Should -Be @('Mail', 'A;B')
            @($services[0].DataLocation) | Should -Be @('JP', 'US')
        }

        It 'reads a .tsv file tab-separated unless -Delimiter says otherwise, as Export-CloudReport writes one' {
            $file = Join-Path $TestDrive 'inventory.tsv'
            Import-CloudInventory $inventory | Export-CloudReport $file -Force
            (Get-Content $file -TotalCount 1) | Should -BeLike "ServiceName`t*"
            $again = Import-CloudInventory $file
            $again.ServiceName | Should -Be $sampleNames
            @($again[1].DataLocation) | Should -Be @('JP', 'US')
            Set-Content (Join-Path $TestDrive 'commas.tsv') "ServiceName,ServiceModel`nMail,SaaS" -Encoding utf8
            (Import-CloudInventory (Join-Path $TestDrive 'commas.tsv') -Delimiter ',').ServiceName | Should -Be 'Mail'
        }

        It 'keeps unknown columns as properties' {
            $chat = Import-CloudInventory (Get-InventoryFixture 'extra-columns.csv') | Where-Object 'Cost Center' -eq 'CC-2'
            $chat.ServiceName | Should -Be 'Chat'
            (Import-CloudInventory $inventory | Select-Object -First 1).CostCenter | Should -Be 'IT-100'
        }

        It 'skips empty rows, writing every service and no error' {
            $services = Import-CloudInventory (Get-InventoryFixture 'empty-rows.csv') -ErrorVariable problems
            $services.ServiceName | Should -Be @('Mail', 'Chat', 'Wiki')
            $problems.Count | Should -Be 0
        }

        It 'warns about a duplicate service name and writes both' {
            $services = Import-CloudInventory (Get-InventoryFixture 'duplicates.csv') -WarningVariable warnings -WarningAction SilentlyContinue
            $services.Count | Should -Be 5
            $warnings.Count | Should -BeGreaterThan 0
        }

        It 'expands wildcards in -Path' {
            $folder = Join-Path $TestDrive 'wildcards'
            New-Item -ItemType Directory $folder | Out-Null
            Copy-Item $inventory (Join-Path $folder 'inventory-2026-01.csv')
            Copy-Item (Get-InventoryFixture 'japanese-utf8.csv') (Join-Path $folder 'inventory-2026-02.csv')
            Copy-Item (Join-Path (Get-SampleFolder) 'contract-overrides.csv') $folder
            $services = Import-CloudInventory (Join-Path $folder 'inventory-*.csv')
            $services.Count | Should -Be 10
            $services[-1].ServiceName | Should -Be '基幹システム'
        }
    }

    Context '-LiteralPath and pipeline input' {
        It 'takes a name with brackets literally' {
            $file = Join-Path $TestDrive 'services[2026].csv'
            Copy-Item -LiteralPath $inventory -Destination $file
            (Import-CloudInventory -LiteralPath $file).Count | Should -Be 8
        }

        It 'takes files from Get-ChildItem (by PSPath) and paths as strings' {
            $folder = Join-Path $TestDrive 'piped'
            New-Item -ItemType Directory $folder | Out-Null
            Copy-Item $inventory (Join-Path $folder 'a[1].csv')
            Copy-Item (Get-InventoryFixture 'japanese-utf8.csv') (Join-Path $folder 'b.csv')
            (Get-ChildItem -LiteralPath $folder -Filter *.csv | Sort-Object Name | Import-CloudInventory).Count | Should -Be 10
            ((Join-Path $folder 'b.csv') | Import-CloudInventory).ServiceName | Should -Be @('経費精算', '基幹システム')
        }

        It 'takes Import-Csv rows of file lists through their Path property' {
            $list = [pscustomobject]@{ Path = $inventory }, [pscustomobject]@{ Path = (Get-InventoryFixture 'japanese-utf8.csv') }
            ($list | Import-CloudInventory).Count | Should -Be 10
        }
    }

    Context 'Errors' {
        It 'says a directory given as an inventory is a directory' {
            $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'a-folder.csv')
            Import-CloudInventory -LiteralPath $folder.FullName -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs.Count | Should -Be 1
            $errs[0].FullyQualifiedErrorId | Should -Be (& $errorId 'PathIsDirectory')
            "$($errs[0])" | Should -Match 'directory'
        }

        It 'says an inventory with no service row (<Name>) is empty, naming the file, and still reads the other files' -ForEach @(
            @{ Name = 'empty'; Text = '' }
            @{ Name = 'header alone'; Text = "ServiceName,ServiceModel`r`n" }
        ) {
            $empty = Join-Path $TestDrive 'empty-inventory.csv'
            [System.IO.File]::WriteAllText($empty, $Text)
            $good = Join-Path $TestDrive 'good-inventory.csv'
            [System.IO.File]::WriteAllText($good, "ServiceName,ServiceModel`r`nkintone,SaaS`r`n")
            $services = Import-CloudInventory -LiteralPath $empty, $good -ErrorVariable errs -ErrorAction SilentlyContinue
            $services.ServiceName | Should -Be 'kintone'
            $errs.Count | Should -Be 1
            $errs[0].FullyQualifiedErrorId | Should -Be (& $errorId 'InventoryEmpty')
            $errs[0].TargetObject | Should -Be $empty
            $errs[0].CategoryInfo.Category | Should -Be 'InvalidData'
            "$($errs[0])" | Should -BeLike "The inventory '$empty' has no service rows*"
            $ja = Import-CloudInventory -LiteralPath $empty -Language ja -ErrorVariable jaErrs -ErrorAction SilentlyContinue
            "$($jaErrs[0])" | Should -Match (Get-JapanesePattern)
        }

        It 'says no more than the header''s own errors when the header is no inventory''s' {
            $odd = Join-Path $TestDrive 'odd-header.csv'
            [System.IO.File]::WriteAllText($odd, "Name,Model`r`n")
            Import-CloudInventory -LiteralPath $odd -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs.FullyQualifiedErrorId | Should -Not -Contain (& $errorId 'InventoryEmpty')
            $errs.Count | Should -BeGreaterThan 0
        }

        It 'rejects paths of other providers (env:, variable:) with an error record' {
            Import-CloudInventory -LiteralPath 'env:PATH' -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            Import-CloudInventory -Path 'variable:PSHOME' -ErrorVariable +errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs.Count | Should -Be 2
            $errs | ForEach-Object { $_.FullyQualifiedErrorId | Should -Be (& $errorId 'NotFileSystemPath') }
        }

        It 'writes an error per bad row with its ID, file, row, column and value, and every good service' {
            $services = Import-CloudInventory (Get-InventoryFixture 'malformed.csv') -ErrorVariable problems -ErrorAction SilentlyContinue
            $services.ServiceName | Should -Be @('Good1', 'TrailingEmpty', 'Stray"Quote', 'Good2', 'Good3', 'Good4', 'Good5')
            @($problems | ForEach-Object { '{0}@{1}' -f ($_.FullyQualifiedErrorId -replace ',.*'), $_.TargetObject.Row }) | Should -Be @(
                'UnknownServiceModel@3', 'MissingRequiredValue@4', 'InvalidBoolean@5', 'UnknownCountry@6', 'WrongColumnCount@7', 'WrongColumnCount@8',
                'UnknownServiceModel@10', 'UnknownCountry@10', 'InvalidBoolean@10', 'UnbalancedQuote@14', 'UnbalancedQuote@17')
            $bad = $problems[0]
            $bad.FullyQualifiedErrorId | Should -Be (& $errorId 'UnknownServiceModel')
            $bad.CategoryInfo.Category | Should -Be 'InvalidData'
            $bad.TargetObject.File | Should -Be (Get-InventoryFixture 'malformed.csv')
            $bad.TargetObject.Column | Should -Be 'ServiceModel'
            $bad.TargetObject.Value | Should -Be 'SaaX'
            "$bad" | Should -Match 'malformed\.csv'
        }

        It 'writes TruncatedFile for a file cut off in the middle of a row, after every service before the cut' {
            $cut = Join-Path $TestDrive 'cut.csv'
            [System.IO.File]::WriteAllBytes($cut, [byte[]]([System.IO.File]::ReadAllBytes((Join-Path (Get-SampleFolder) 'organisation/inventory.csv'))[0..1299]))
            $services = Import-CloudInventory $cut -ErrorVariable problems -ErrorAction SilentlyContinue
            $services.Count | Should -Be 15
            $services[-1].ServiceName | Should -Be 'Azure App Service'
            $problems.Count | Should -Be 1
            $problems[0].FullyQualifiedErrorId | Should -Be (& $errorId 'TruncatedFile')
            ($problems[0].TargetObject.Row, $problems[0].TargetObject.Value) | Should -Be @(17, 'Heroku,Sales')
            "$($problems[0])" | Should -BeLike "Row 17 of '*cut.csv' ends the file with 2 cells where the header has 11, and no line break after them: 'Heroku,Sales'. The file is cut off*"
        }

        It 'stops at the first bad row with -ErrorAction Stop' {
            { Import-CloudInventory (Get-InventoryFixture 'malformed.csv') -ErrorAction Stop } | Should -Throw -ErrorId (& $errorId 'UnknownServiceModel')
        }

        It 'writes MissingRequiredColumn for a file without a ServiceModel column, and reads the next file' {
            $services = Import-CloudInventory (Get-InventoryFixture 'missing-column.csv'), $inventory -ErrorVariable problems -ErrorAction SilentlyContinue
            $services.Count | Should -Be 8
            $problems.FullyQualifiedErrorId | Should -Be (& $errorId 'MissingRequiredColumn')
        }

        It 'writes PathNotFound for a file that does not exist, by -Path or -LiteralPath' {
            $missing = Join-Path $TestDrive 'nope.csv'
            Import-CloudInventory $missing, $inventory -ErrorVariable problems -ErrorAction SilentlyContinue | Should -HaveCount 8
            $problems.FullyQualifiedErrorId | Should -Be (& $errorId 'PathNotFound')
            $problems.CategoryInfo.Category | Should -Be 'ObjectNotFound'
            { Import-CloudInventory -LiteralPath $missing -ErrorAction Stop } | Should -Throw -ErrorId (& $errorId 'PathNotFound')
        }

        It 'stops before reading with UnknownEncoding or InvalidDelimiter' {
            { Import-CloudInventory $inventory -Encoding klingon } | Should -Throw -ErrorId (& $errorId 'UnknownEncoding')
            { Import-CloudInventory $inventory -Delimiter '"' } | Should -Throw -ErrorId (& $errorId 'InvalidDelimiter')
        }
    }

    Context 'Tab completion' {
        It 'completes -Encoding with the encodings it reads' {
            Get-CompletionText 'Import-CloudInventory x.csv -Encoding sh' | Should -Be 'shift_jis'
            Get-CompletionText 'Import-CloudInventory x.csv -Encoding ' | Should -Contain 'utf8BOM'
            Get-CompletionText 'Import-CloudInventory x.csv -Encoding ' | Should -Contain 'cp932'
        }
    }

    Context 'Default view' {
        It 'shows ServiceName, ServiceModel, Vendor, DataLocation and Owner' {
            $text = Import-CloudInventory $inventory | Format-Plain
            Get-TableColumn $text | Should -Be @('ServiceName', 'ServiceModel', 'Vendor', 'DataLocation', 'Owner')
            $rows = @(Get-TableRow $text)
            $rows.Count | Should -Be 8
            $rows[1] | Should -Match '^Salesforce Sales Cloud\s+SaaS\s+Salesforce\s+\{JP, US\}\s+営業企画部 鈴木$'
        }
    }

    Context 'Pipelines users write' {
        It 'filters on an extra column and sorts by it' {
            (Import-CloudInventory $inventory | Where-Object CostCenter -like 'IT-*' | Sort-Object CostCenter -Descending).ServiceName |
                Should -Be @('社内ファイルサーバ', 'Microsoft 365')
        }

        It 'groups the services by model' {
            $groups = Import-CloudInventory $inventory | Group-Object ServiceModel -NoElement
            @($groups | ForEach-Object { '{0}={1}' -f $_.Name, $_.Count }) | Should -Be @('SaaS=3', 'PaaS=2', 'IaaS=2', 'OnPremises=1')
        }

        It 'finds the services whose data leaves Japan' {
            (Import-CloudInventory $inventory | Where-Object { $_.DataLocation | Where-Object { $_ -ne 'JP' } }).ServiceName |
                Should -Be @('Salesforce Sales Cloud', 'Azure App Service', 'Amazon EC2 (設計データ)', 'Google Cloud Storage (EU拠点)')
        }

        It 'round-trips through Export-Csv and back into Import-CloudInventory' {
            $file = Join-Path $TestDrive 'exported-with-export-csv.csv'
            $original = Import-CloudInventory $inventory
            $original | Export-Csv $file -Encoding utf8BOM
            $again = Import-CloudInventory $file
            ($again | ConvertTo-Json -Depth 3) | Should -Be ($original | ConvertTo-Json -Depth 3)
        }

        It 'reads back its own report of names that start like formulas, without the protecting apostrophe (<_>)' -ForEach @('csv', 'xlsx') {
            $source = Join-Path $TestDrive 'formula-names.csv'
            Set-Content $source "ServiceName,ServiceModel,Owner,CostCenter`n-Legacy CRM,SaaS,+81-3-1234-5678,@ops`n@nifty,PaaS,'quoted',-5`n" -Encoding utf8
            $report = Join-Path $TestDrive "formula-report.$_"
            Import-CloudInventory $source | Export-CloudReport $report -Force
            $again = Import-CloudInventory $report
            $again.ServiceName | Should -Be @('-Legacy CRM', '@nifty')
            $again.Owner | Should -Be @('+81-3-1234-5678', "'quoted'")
            $again.CostCenter | Should -Be @('@ops', '-5')
        }

        It 'matches its own questionnaire of such a service to the inventory, in Test-VendorDisclosure and Invoke-CloudAudit' {
            $source = Join-Path $TestDrive 'legacy.csv'
            Set-Content $source "ServiceName,ServiceModel`n-Legacy CRM,SaaS`n" -Encoding utf8
            $folder = New-Item (Join-Path $TestDrive 'legacy-questionnaires') -ItemType Directory -Force
            Import-CloudInventory $source | New-VendorQuestionnaire | Export-CloudReport (Join-Path $folder 'legacy.csv') -Force
            (Get-Content (Join-Path $folder 'legacy.csv') -TotalCount 2)[1] | Should -BeLike '"''-Legacy CRM",*'
            @(Test-VendorDisclosure (Join-Path $folder 'legacy.csv') | Select-Object -ExpandProperty ServiceName -Unique) | Should -Be @('-Legacy CRM')
            $findings = Invoke-CloudAudit $source -QuestionnairePath $folder -WarningVariable warnings -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
            @($findings | Where-Object RuleId -eq 'QST-01') | Should -HaveCount 0
            @($findings.ServiceName | Select-Object -Unique) | Should -Be @('-Legacy CRM')
            $warnings | Where-Object { "$_" -like "*'-Legacy*" } | Should -BeNullOrEmpty
        }

        It 'converts services to JSON with their own columns' {
            $json = Import-CloudInventory $inventory | Select-Object -First 2 | ConvertTo-Json -Depth 3 -EnumsAsStrings | ConvertFrom-Json
            $json[1].ServiceName | Should -Be 'Salesforce Sales Cloud'
            $json[1].ServiceModel | Should -Be 'SaaS'
            $json[1].DataLocation | Should -Be @('JP', 'US')
            $json[1].CostCenter | Should -Be 'SL-200'
        }
    }

    Context 'Files without a header row, and UTF-16 without a byte order mark' {
        It 'reads a file without a header with -Header, its first row as data' {
            $lines = @(Get-Content $inventory -Encoding utf8)
            $headerless = Join-Path $TestDrive 'no-header.csv'
            $lines | Select-Object -Skip 1 | Set-Content $headerless -Encoding utf8
            $columns = $lines[0].TrimStart([char]0xFEFF) -split ','
            $services = Import-CloudInventory $headerless -Header $columns
            $services.ServiceName | Should -Be $sampleNames
            $services[0].CostCenter | Should -Be 'IT-100'
        }

        It 'names rows from the first line with -Header, and reports a required column the names lack' {
            $file = Join-Path $TestDrive 'rows.csv'
            Set-Content $file -Value 'Mail,SaaS', 'VM,Mainframe' -Encoding utf8
            $services = Import-CloudInventory $file -Header ServiceName, ServiceModel -ErrorVariable problems -ErrorAction SilentlyContinue
            $services.ServiceName | Should -Be 'Mail'
            $problems[0].TargetObject.Row | Should -Be 2
            { Import-CloudInventory $file -Header ServiceName, Vendor -ErrorAction Stop } | Should -Throw -ErrorId (& $errorId 'MissingRequiredColumn')
        }

        It 'hints at -Encoding Unicode for UTF-16 without a byte order mark, in both languages' -ForEach @(
            @{ Language = 'en'; Expected = '*-Encoding Unicode*BigEndianUnicode*' }
            @{ Language = 'ja'; Expected = '*BOM*UTF-16*-Encoding Unicode*' }) {
            $file = Join-Path $TestDrive "utf16-$Language.csv"
            [IO.File]::WriteAllBytes($file, [Text.UnicodeEncoding]::new($false, $false).GetBytes((Get-Content $inventory -Raw -Encoding utf8).TrimStart([char]0xFEFF)))
            $caught = $null
            try { Import-CloudInventory $file -Language $Language -ErrorAction Stop } catch { $caught = $_ }
            $caught.FullyQualifiedErrorId | Should -Be (& $errorId 'MissingRequiredColumn')
            $caught.Exception.Message | Should -BeLike $Expected
            (Import-CloudInventory $file -Encoding Unicode).ServiceName | Should -Be $sampleNames
        }
    }
}

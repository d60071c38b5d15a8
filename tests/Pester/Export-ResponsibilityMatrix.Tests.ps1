# Export-ResponsibilityMatrix as a pwsh user meets it. Run: ./build.ps1 -Task Test (or Invoke-Pester this file).
# The bulk path for scheduled jobs: the same report as Import-CloudInventory | Get-ResponsibilityMatrix | Export-CloudReport.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    $errorId = { param($id) "$id,CloudResponsibility.PowerShell.Commands.ExportResponsibilityMatrixCommand" }
    $inventory = Join-Path (Get-SampleFolder) 'inventory.csv'
    $overrides = Join-Path (Get-SampleFolder) 'contract-overrides.csv'
    $malformed = Get-InventoryFixture 'malformed.csv'
}

Describe 'Export-ResponsibilityMatrix' {
    Context 'The report' {
        It 'writes the same bytes as the pipeline' {
            $viaPipeline = Join-Path $TestDrive 'pipeline.csv'
            $viaBulk = Join-Path $TestDrive 'bulk.csv'
            Import-CloudInventory $inventory | Get-ResponsibilityMatrix | Export-CloudReport $viaPipeline
            Export-ResponsibilityMatrix $inventory $viaBulk
            (Get-FileHash $viaBulk).Hash | Should -Be (Get-FileHash $viaPipeline).Hash
            (Import-Csv $viaBulk).Count | Should -Be 72
        }

        It 'warns of an override row whose service is not in the inventory, naming file, row and service' {
            $file = Join-Path $TestDrive 'overrides-typo.csv'
            @('ServiceName,Layer,Owner', 'Salesforce Sales Cloud,Data,Shared', 'No Such Service,Data,Shared') | Set-Content $file -Encoding utf8
            Export-ResponsibilityMatrix -InventoryPath $inventory -Path (Join-Path $TestDrive 'typo.csv') -OverridePath $file -WarningVariable warnings -WarningAction SilentlyContinue
            $warnings.Count | Should -Be 1
            "$($warnings[0])" | Should -BeLike "*'overrides-typo.csv', row 3*No Such Service*"
        }

        It 'applies -OverridePath as the pipeline does' {
            $viaPipeline = Join-Path $TestDrive 'pipeline-overrides.csv'
            $viaBulk = Join-Path $TestDrive 'bulk-overrides.csv'
            Import-CloudInventory $inventory | Get-ResponsibilityMatrix -OverridePath $overrides | Export-CloudReport $viaPipeline
            Export-ResponsibilityMatrix -InventoryPath $inventory -Path $viaBulk -OverridePath $overrides
            (Get-FileHash $viaBulk).Hash | Should -Be (Get-FileHash $viaPipeline).Hash
            $salesforce = Import-Csv $viaBulk | Where-Object { $_.ServiceName -eq 'Salesforce Sales Cloud' -and $_.Layer -eq 'Data' }
            $salesforce.Owner | Should -Be 'Shared'
            $salesforce.IsOverridden | Should -Be 'True'
        }

        It 'writes the columns picked with -Property, as Select-Object picks them' {
            $viaPipeline = Join-Path $TestDrive 'slim-pipeline.csv'
            $viaBulk = Join-Path $TestDrive 'slim-bulk.csv'
            Import-CloudInventory $inventory | Get-ResponsibilityMatrix | Select-Object ServiceName, Layer, Owner | Export-CloudReport $viaPipeline
            Export-ResponsibilityMatrix $inventory $viaBulk -Property ServiceName, Layer, Owner
            (Get-FileHash $viaBulk).Hash | Should -Be (Get-FileHash $viaPipeline).Hash
            (Import-Csv $viaBulk | Select-Object -First 1).PSObject.Properties.Name | Should -Be @('ServiceName', 'Layer', 'Owner')
        }

        It 'writes the inventory''s own columns by their header with -Property' {
            $file = Join-Path $TestDrive 'owners.csv'
            Export-ResponsibilityMatrix $inventory $file -Property ServiceName, Layer, Owner, CostCenter
            $rows = Import-Csv $file
            $rows[0].PSObject.Properties.Name | Should -Be @('ServiceName', 'Layer', 'Owner', 'CostCenter')
            ($rows | Where-Object ServiceName -eq kintone | Select-Object -First 1).CostCenter | Should -Be 'GA-300'
        }

        It 'writes JSON when the report ends in .json' {
            $file = Join-Path $TestDrive 'matrix.json'
            Export-ResponsibilityMatrix $inventory $file
            $json = Get-Content $file -Raw | ConvertFrom-Json
            $json.Count | Should -Be 72
            $json[0].Owner | Should -Be 'Customer'
            $json[0].CostCenter | Should -Be 'IT-100'
        }

        It 'writes Japanese names and duties in Shift_JIS with -Language ja -Encoding shift_jis, with English column names' {
            $file = Join-Path $TestDrive 'matrix-ja.csv'
            Export-ResponsibilityMatrix $inventory $file -Language ja -Encoding shift_jis
            $rows = [System.Text.Encoding]::GetEncoding(932).GetString([System.IO.File]::ReadAllBytes($file)) | ConvertFrom-Csv
            $rows.Count | Should -Be 72
            $rows[0].PSObject.Properties.Name | Should -Contain 'LayerName'
            $rows | ForEach-Object { $_.LayerName | Should -Match (Get-JapanesePattern) }
            $rows[0].Layer | Should -Be 'Data'
        }
    }

    Context '-PassThru and the default view' {
        It 'writes a summary of services, rows, rows with errors and skipped empty rows' {
            $summary = Export-ResponsibilityMatrix $inventory (Join-Path $TestDrive 'summary.csv') -PassThru
            $summary | Should -BeOfType CloudResponsibility.Output.BulkExportSummary
            $summary.Services | Should -Be 8
            $summary.Rows | Should -Be 72
            $summary.RowsWithErrors | Should -Be 0
            $summary.SkippedEmptyRows | Should -Be 0
        }

        It 'shows the summary as a table of its four counts' {
            $text = Export-ResponsibilityMatrix (Get-InventoryFixture 'empty-rows.csv') (Join-Path $TestDrive 'view.csv') -PassThru | Format-Plain
            Get-TableColumn $text | Should -Be @('Services', 'Rows', 'RowsWithErrors', 'SkippedEmptyRows')
            (Get-TableRow $text).Trim() -split '\s+' | Should -Be @('3', '27', '0', '4')
        }
    }

    Context 'Errors' {
        It 'writes an error per bad inventory row, and every good service''s rows' {
            $file = Join-Path $TestDrive 'malformed.csv'
            $summary = Export-ResponsibilityMatrix $malformed $file -PassThru -ErrorVariable problems -ErrorAction SilentlyContinue
            $summary.Services | Should -Be 7
            $summary.RowsWithErrors | Should -Be 9
            $summary.SkippedEmptyRows | Should -Be 2
            (Import-Csv $file).ServiceName | Select-Object -Unique | Should -Be @('Good1', 'TrailingEmpty', 'Stray"Quote', 'Good2', 'Good3', 'Good4', 'Good5')
            $problems.Count | Should -Be 11
            $problems[0].FullyQualifiedErrorId | Should -Be (& $errorId 'UnknownServiceModel')
            $problems[0].TargetObject.Row | Should -Be 3
        }

        It 'writes TruncatedFile for an inventory cut off in the middle of a row, as Import-CloudInventory does' {
            $cut = Join-Path $TestDrive 'cut.csv'
            [System.IO.File]::WriteAllBytes($cut, [byte[]]([System.IO.File]::ReadAllBytes((Join-Path (Get-SampleFolder) 'organisation/inventory.csv'))[0..1299]))
            $summary = Export-ResponsibilityMatrix $cut (Join-Path $TestDrive 'cut-matrix.csv') -PassThru -ErrorVariable problems -ErrorAction SilentlyContinue
            ($summary.Services, $summary.RowsWithErrors) | Should -Be @(15, 1)
            $problems.FullyQualifiedErrorId | Should -Be (& $errorId 'TruncatedFile')
            $problems.TargetObject.Row | Should -Be 17
        }

        It 'stops at the first bad row with -ErrorAction Stop and keeps the previous report' {
            $file = Join-Path $TestDrive 'kept-on-error.csv'
            Set-Content -Path $file -Value 'old'
            { Export-ResponsibilityMatrix $malformed $file -ErrorAction Stop } | Should -Throw -ErrorId (& $errorId 'UnknownServiceModel')
            Get-Content $file | Should -Be 'old'
        }

        It 'stops on a column that does not exist and keeps the old report' {
            $file = Join-Path $TestDrive 'kept.csv'
            Set-Content -Path $file -Value 'old'
            { Export-ResponsibilityMatrix $inventory $file -Property ServiceName, CostCentre -ErrorAction Stop } |
                Should -Throw -ErrorId (& $errorId 'UnknownColumn')
            Get-Content $file | Should -Be 'old'
        }

        It 'stops with InvalidColumnList for a column named twice' {
            { Export-ResponsibilityMatrix $inventory (Join-Path $TestDrive 'twice.csv') -Property Layer, Layer } | Should -Throw -ErrorId (& $errorId 'InvalidColumnList')
            Join-Path $TestDrive 'twice.csv' | Should -Not -Exist
        }

        It 'stops with PathNotFound for an inventory that does not exist, and OverrideFileNotFound for overrides' {
            { Export-ResponsibilityMatrix (Join-Path $TestDrive 'nope.csv') (Join-Path $TestDrive 'out.csv') } | Should -Throw -ErrorId (& $errorId 'PathNotFound')
            { Export-ResponsibilityMatrix $inventory (Join-Path $TestDrive 'out.csv') -OverridePath (Join-Path $TestDrive 'nope.csv') } | Should -Throw -ErrorId (& $errorId 'OverrideFileNotFound')
            Join-Path $TestDrive 'out.csv' | Should -Not -Exist
        }

        It 'refuses to overwrite with -NoClobber' {
            $file = Join-Path $TestDrive 'exists.csv'
            Set-Content -Path $file -Value 'old'
            { Export-ResponsibilityMatrix $inventory $file -NoClobber } | Should -Throw -ErrorId (& $errorId 'FileExists')
            Get-Content $file | Should -Be 'old'
        }
    }

    Context 'An inventory it cannot take as a whole' {
        BeforeAll {
            # What an export upstream leaves when it fails: nothing, a header alone, the wrong sheet, or bytes that are no text.
            $gaps = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'gaps')
            $header = Get-Content $inventory -TotalCount 1 -Encoding utf8
            Set-Content -LiteralPath (Join-Path $gaps 'empty.csv') -Value $null -NoNewline
            Set-Content -LiteralPath (Join-Path $gaps 'header-only.csv') -Encoding utf8 -Value $header
            Set-Content -LiteralPath (Join-Path $gaps 'header-and-blank-lines.csv') -Encoding utf8 -Value $header, '', ',,,', ''
            Set-Content -LiteralPath (Join-Path $gaps 'no-model.csv') -Encoding utf8 -Value 'ServiceName,Vendor', 'Box,Box Inc.'
            $bytes = [byte[]]::new(4096)
            [System.Random]::new(19).NextBytes($bytes)
            [System.IO.File]::WriteAllBytes((Join-Path $gaps 'binary.csv'), $bytes)
            $auditId = { param($id) "$id,CloudResponsibility.PowerShell.Commands.InvokeCloudAuditCommand" }
        }

        It 'stops with <Id> (<Category>), the file as target, writing no report and leaving the one there as it was, when the inventory is <Case>' -ForEach @(
            @{ Case = 'a mistyped path'; Name = 'inventry.csv'; Id = 'PathNotFound'; Category = 'ObjectNotFound' }
            @{ Case = 'a folder'; Name = '.'; Id = 'PathIsDirectory'; Category = 'InvalidArgument' }
            @{ Case = 'an empty file'; Name = 'empty.csv'; Id = 'InventoryEmpty'; Category = 'InvalidData' }
            @{ Case = 'a header without rows'; Name = 'header-only.csv'; Id = 'InventoryEmpty'; Category = 'InvalidData' }
            @{ Case = 'a header and blank lines'; Name = 'header-and-blank-lines.csv'; Id = 'InventoryEmpty'; Category = 'InvalidData' }
            @{ Case = 'a file without a ServiceModel column'; Name = 'no-model.csv'; Id = 'MissingRequiredColumn'; Category = 'InvalidData' }
            @{ Case = 'a binary file'; Name = 'binary.csv'; Id = 'UndecodableText'; Category = 'InvalidData' }
        ) {
            $path = [System.IO.Path]::GetFullPath((Join-Path $gaps $Name))
            $new = Join-Path $TestDrive "new-$Id.csv"
            $thrown = { Export-ResponsibilityMatrix $path $new -Language en -ErrorAction SilentlyContinue } | Should -Throw -ErrorId (& $errorId $Id) -PassThru
            $thrown.CategoryInfo.Category | Should -Be $Category
            $thrown.TargetObject | Should -Be $path
            $new | Should -Not -Exist
            $old = Join-Path $TestDrive "old-$Id.csv"
            Set-Content -LiteralPath $old -Value 'ServiceName,Layer,Owner', 'last night,Data,Customer'
            { Export-ResponsibilityMatrix $path $old -ErrorAction SilentlyContinue } | Should -Throw -ErrorId (& $errorId $Id)
            { Export-ResponsibilityMatrix $path $old -Append -ErrorAction SilentlyContinue } | Should -Throw -ErrorId (& $errorId $Id)
            Get-Content -LiteralPath $old | Should -Be @('ServiceName,Layer,Owner', 'last night,Data,Customer')
            # The audit of the same file stops under the same ID: one script handles both.
            { Invoke-CloudAudit $path -Language en -ErrorAction SilentlyContinue } | Should -Throw -ErrorId (& $auditId $Id)
        }

        It 'says why it stops on an empty inventory, in English and Japanese' {
            $empty = Join-Path $gaps 'empty.csv'
            $thrown = { Export-ResponsibilityMatrix $empty (Join-Path $TestDrive 'why.csv') -Language en } | Should -Throw -PassThru
            "$thrown" | Should -BeLike "The inventory '*empty.csv' has no service rows: the report '*why.csv' is not written, and a report already there is left as it was.*"
            $thrown = { Export-ResponsibilityMatrix $empty (Join-Path $TestDrive 'why.csv') -Language ja } | Should -Throw -PassThru
            "$thrown" | Should -BeLike "インベントリ '*empty.csv' にサービスの行がありません。レポート '*why.csv' は書き出さず、既にあるレポートは元のままにします。*"
        }

        It 'names the stop by its ID in a scheduled script''s catch, and in -ErrorVariable under ErrorRecord' {
            $caught = try { Export-ResponsibilityMatrix (Join-Path $gaps 'header-only.csv') (Join-Path $TestDrive 'job.csv') -ErrorVariable stopped; 'exported' } catch { $_.FullyQualifiedErrorId }
            $caught | Should -Be (& $errorId 'InventoryEmpty')
            # A terminating error is in -ErrorVariable as the exception PowerShell wraps it in (PowerShell/PowerShell#18390).
            $stopped[-1].ErrorRecord.FullyQualifiedErrorId | Should -Be (& $errorId 'InventoryEmpty')
        }

        It 'reports every problem of a header it cannot read, the last one stopping it' {
            $file = Join-Path $gaps 'no-columns.csv'
            Set-Content -LiteralPath $file -Encoding utf8 -Value 'Name,Model', 'Box,SaaS'
            $thrown = try { Export-ResponsibilityMatrix $file (Join-Path $TestDrive 'no-columns-out.csv') -ErrorVariable problems -ErrorAction SilentlyContinue } catch { $_ }
            $thrown.FullyQualifiedErrorId | Should -Be (& $errorId 'MissingRequiredColumn')
            $first = @($problems | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
            $first.Count | Should -Be 1
            $first[0].FullyQualifiedErrorId | Should -Be (& $errorId 'MissingRequiredColumn')
            "$($first[0])" | Should -BeLike '*has no ServiceName column*'
            "$thrown" | Should -BeLike '*has no ServiceModel column*'
            $thrown.TargetObject | Should -Be $file
        }

        It 'reads a Shift_JIS inventory from Excel as Import-CloudInventory reads it' {
            $japanese = Get-InventoryFixture 'cp932-japanese.csv'
            $viaPipeline = Join-Path $TestDrive 'cp932-pipeline.csv'
            $viaBulk = Join-Path $TestDrive 'cp932-bulk.csv'
            Import-CloudInventory $japanese | Get-ResponsibilityMatrix | Export-CloudReport $viaPipeline
            $summary = Export-ResponsibilityMatrix $japanese $viaBulk -PassThru
            (Get-FileHash $viaBulk).Hash | Should -Be (Get-FileHash $viaPipeline).Hash
            $summary.Services | Should -Be @(Import-CloudInventory $japanese).Count
            (Import-Csv $viaBulk).ServiceName | Select-Object -First 1 | Should -Be '経費精算'
        }
    }

    Context '-WhatIf' {
        It 'writes no report and no summary' {
            $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'whatif')
            Export-ResponsibilityMatrix $inventory (Join-Path $folder 'matrix.csv') -PassThru -WhatIf | Should -BeNullOrEmpty
            @(Get-ChildItem $folder -Force) | Should -BeNullOrEmpty
        }

        It 'writes nothing for an empty inventory either, and reads nothing to say so' {
            $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'whatif-empty')
            $empty = Get-InventoryFixture 'empty.csv'
            Export-ResponsibilityMatrix $empty (Join-Path $folder 'matrix.csv') -PassThru -WhatIf -ErrorVariable problems | Should -BeNullOrEmpty
            $problems | Should -BeNullOrEmpty
            @(Get-ChildItem $folder -Force) | Should -BeNullOrEmpty
        }
    }

    Context 'Tab completion' {
        It 'completes -Encoding, -InventoryEncoding and -Format' {
            Get-CompletionText 'Export-ResponsibilityMatrix a.csv b.csv -Encoding sh' | Should -Be 'shift_jis'
            Get-CompletionText 'Export-ResponsibilityMatrix a.csv b.csv -InventoryEncoding cp' | Should -Be 'cp932'
            Get-CompletionText 'Export-ResponsibilityMatrix a.csv b.csv -Format J' | Should -Be 'Json'
            Get-CompletionText 'Export-ResponsibilityMatrix a.csv b.csv -Language ' | Should -Be @('en', 'ja')
        }
    }

    Context 'Pipelines users write' {
        It 'reads its report back with Import-Csv to count the layers left to each service''s owner' {
            $file = Join-Path $TestDrive 'to-count.csv'
            Export-ResponsibilityMatrix $inventory $file -OverridePath $overrides -Property ServiceName, Layer, Owner
            $ours = Import-Csv $file | Where-Object Owner -ne 'Provider' | Group-Object ServiceName -AsHashTable -AsString
            $ours['kintone'].Layer | Should -Be @('Data', 'AccountsAndAccess')
            $ours['社内ファイルサーバ'].Count | Should -Be 9
        }

        It 'takes its report''s rows back into Get-ResponsibilityMatrix' {
            $file = Join-Path $TestDrive 'again.csv'
            Export-ResponsibilityMatrix $inventory $file
            $services = Import-Csv $file | Group-Object ServiceName | ForEach-Object { $_.Group[0] }
            ($services | Get-ResponsibilityMatrix).Count | Should -Be 72
        }
    }
}

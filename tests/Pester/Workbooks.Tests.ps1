# Workbooks (.xlsx) as a pwsh user meets them, across the cmdlets that read and write them: reports
# written with Export-CloudReport, inventories and questionnaires read back, and the questionnaire
# round trip — sent as a workbook, filled in (here by editing the worksheet's XML, as Excel would
# save the vendor's answers), judged by Test-VendorDisclosure.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    Add-Type -AssemblyName System.IO.Compression, System.IO.Compression.FileSystem
    $samples = Get-SampleFolder
    $inventory = Join-Path $samples 'inventory.csv'
    $asOf = [datetime]'2026-12-01'

    # A part of a workbook (the first worksheet by default), to look at what was written.
    function Get-SheetXml([string] $Path, [string] $Part = 'xl/worksheets/sheet1.xml') {
        $zip = [System.IO.Compression.ZipFile]::OpenRead($Path)
        try {
            $reader = [System.IO.StreamReader]::new($zip.GetEntry($Part).Open())
            try { [xml]$reader.ReadToEnd() } finally { $reader.Dispose() }
        }
        finally { $zip.Dispose() }
    }

    # Fills cells of the first worksheet, by header and row: text as inline strings, dates as serial numbers in the cell's own style.
    function Set-WorkbookCell([string] $Path, [scriptblock] $ValueOf) {
        $zip = [System.IO.Compression.ZipFile]::Open($Path, 'Update')
        try {
            $stringsReader = [System.IO.StreamReader]::new($zip.GetEntry('xl/sharedStrings.xml').Open())
            $shared = @(([xml]$stringsReader.ReadToEnd()).sst.si | ForEach-Object t)
            $stringsReader.Dispose()
            $entry = $zip.GetEntry('xl/worksheets/sheet1.xml')
            $reader = [System.IO.StreamReader]::new($entry.Open())
            [xml]$sheet = $reader.ReadToEnd()
            $reader.Dispose()
            $ns = [System.Xml.XmlNamespaceManager]::new($sheet.NameTable)
            $ns.AddNamespace('x', 'http://schemas.openxmlformats.org/spreadsheetml/2006/main')
            $main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
            $rows = $sheet.SelectNodes('//x:sheetData/x:row', $ns)
            $letters = @{}
            foreach ($cell in $rows[0].SelectNodes('x:c', $ns)) { $letters[$cell.InnerText] = $cell.GetAttribute('r') -replace '\d', '' }
            for ($i = 1; $i -lt $rows.Count; $i++) {
                $row = $rows[$i]
                $idCell = $row.SelectSingleNode("x:c[@r='$($letters.ItemId)$($row.GetAttribute('r'))']", $ns)
                $itemId = if ($idCell.GetAttribute('t') -eq 's') { $shared[[int]$idCell.InnerText] } else { $idCell.InnerText }
                foreach ($header in 'Answer', 'Evidence', 'CertificationName', 'ValidUntil') {
                    $value = & $ValueOf $header $itemId
                    if ($null -eq $value) { continue }
                    $cell = $row.SelectSingleNode("x:c[@r='$($letters[$header])$($row.GetAttribute('r'))']", $ns)
                    $cell.RemoveAll() | Out-Null
                    $cell.SetAttribute('r', "$($letters[$header])$($row.GetAttribute('r'))")
                    if ($value -is [datetime]) {
                        $cell.SetAttribute('s', '5')
                        $v = $sheet.CreateElement('v', $main); $v.InnerText = ($value - [datetime]'1899-12-30').TotalDays; $cell.AppendChild($v) | Out-Null
                    }
                    else {
                        $cell.SetAttribute('t', 'inlineStr'); $cell.SetAttribute('s', '4')
                        $is = $sheet.CreateElement('is', $main); $t = $sheet.CreateElement('t', $main); $t.InnerText = $value
                        $is.AppendChild($t) | Out-Null; $cell.AppendChild($is) | Out-Null
                    }
                }
            }
            $entry.Delete()
            $writer = [System.IO.StreamWriter]::new($zip.CreateEntry('xl/worksheets/sheet1.xml').Open())
            try { $writer.Write($sheet.OuterXml) } finally { $writer.Dispose() }
        }
        finally { $zip.Dispose() }
    }
}

Describe 'Workbooks' {
    BeforeEach { $folder = New-TempFolder }
    AfterEach { Remove-TempFolder $folder }

    Context 'The questionnaire round trip' {
        It 'sends a questionnaire as a workbook, and judges the workbook the vendor fills in and returns' {
            $workbook = Join-Path $folder 'new-crm.xlsx'
            $sent = New-VendorQuestionnaire -ServiceModel SaaS -ServiceName 'New CRM' -Vendor 'Example Corp' -Language ja
            $sent | Export-CloudReport $workbook
            (Get-SheetXml $workbook).worksheet.dataValidations.dataValidation[0].formula1 | Should -Be '"はい,いいえ,一部,該当なし"'

            $refused = $sent[1].ItemId
            Set-WorkbookCell $workbook {
                param($header, $itemId)
                switch ($header) {
                    'Answer' { if ($itemId -eq $refused) { 'いいえ' } else { 'はい' } }
                    'Evidence' { 'SOC 2 Type II 報告書 (2026)' }
                    'CertificationName' { 'ISMAP' }
                    'ValidUntil' { [datetime]'2027-06-30' }
                }
            }

            $results = Test-VendorDisclosure $workbook -AsOf $asOf
            $results.Count | Should -Be $sent.Count
            @($results | Where-Object Answer -eq 'Yes').Count | Should -Be ($sent.Count - 1)
            ($results | Where-Object ItemId -eq $refused).Outcome | Should -Be 'Fail'
            $results | ForEach-Object { $_.ValidUntil | Should -Be ([datetime]'2027-06-30') }
            @($results | Where-Object Outcome -eq 'Missing').Count | Should -Be 0
            ($results | Select-Object -First 1).File | Should -Be $workbook
        }

        It 'offers in its <Language> drop-down only answers the reader reads back, each as the answer it stands for, and the instructions list them' -ForEach @(
            @{ Language = 'en'; Offered = 'Yes', 'No', 'Partial', 'Not applicable' }
            @{ Language = 'ja'; Offered = 'はい', 'いいえ', '一部', '該当なし' }
        ) {
            $workbook = Join-Path $folder "choices-$Language.xlsx"
            $sent = New-VendorQuestionnaire -ServiceModel SaaS -ServiceName 'New CRM' -Vendor 'Example Corp' -Language $Language
            $sent | Export-CloudReport $workbook
            $choices = @((Get-SheetXml $workbook).worksheet.dataValidations.dataValidation[0].formula1.Trim('"') -split ',')
            $choices | Should -Be $Offered
            $instructions = (Get-SheetXml $workbook 'xl/worksheets/sheet2.xml').worksheet.sheetData.row[1].c | ForEach-Object { $_.is.t }
            foreach ($line in $instructions) { foreach ($choice in $choices) { $line | Should -Match ([regex]::Escape($choice)) } }
            # Every choice, filled in as the vendor picks it from the list, is read back without an error.
            $index = @{}
            for ($i = 0; $i -lt $sent.Count; $i++) { $index[$sent[$i].ItemId] = $choices[$i % $choices.Count] }
            Set-WorkbookCell $workbook {
                param($header, $itemId)
                switch ($header) { 'Answer' { $index[$itemId] } 'Evidence' { 'SOC 2 Type II 報告書 (2026)' } }
            }
            $results = Test-VendorDisclosure $workbook -AsOf $asOf -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems | Should -BeNullOrEmpty
            $expected = @{ $choices[0] = 'Yes'; $choices[1] = 'No'; $choices[2] = 'Partial'; $choices[3] = 'NotApplicable' }
            $results | ForEach-Object { "$($_.ItemId)=$($_.Answer)" } | Should -Be ($sent | ForEach-Object { "$($_.ItemId)=$($expected[$index[$_.ItemId]])" })
        }

        It 'reads the questionnaire sheet by -WorksheetName and places errors by sheet and column letter' {
            $workbook = Join-Path $folder 'q.xlsx'
            New-VendorQuestionnaire -ServiceModel SaaS -ServiceName 'New CRM' -Language en | Export-CloudReport $workbook
            Set-WorkbookCell $workbook { param($header) if ($header -eq 'Answer') { 'Perhaps' } }
            $results = Test-VendorDisclosure $workbook -WorksheetName QUESTIONNAIRE -AsOf $asOf -Language en -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].FullyQualifiedErrorId | Should -BeLike 'UnknownAnswer,*'
            $problems[0].ToString() | Should -Match "Row 2 of '.*q\.xlsx'.*\(sheet 'Questionnaire', column [A-Z]+ 'Answer'\)$"
        }
    }

    Context 'Inventories' {
        It 'reads back from a workbook the services written to it' {
            $workbook = Join-Path $folder 'inventory.xlsx'
            Import-CloudInventory $inventory | Export-CloudReport $workbook
            $fromCsv = Import-CloudInventory $inventory | ForEach-Object { "$($_.ServiceName)|$($_.ServiceModel)|$($_.DataLocation)|$($_.PersonalData)|$($_.Owner)" }
            $fromXlsx = Import-CloudInventory $workbook | ForEach-Object { "$($_.ServiceName)|$($_.ServiceModel)|$($_.DataLocation)|$($_.PersonalData)|$($_.Owner)" }
            $fromXlsx | Should -Be $fromCsv
        }

        It 'writes an error record for a bad row, naming the sheet, row and column, and goes on' {
            $workbook = Join-Path $folder 'bad.xlsx'
            @([pscustomobject]@{ ServiceName = 'Good'; ServiceModel = 'SaaS' }, [pscustomobject]@{ ServiceName = 'Bad'; ServiceModel = 'Cloud?' }) | Export-CloudReport $workbook
            $services = Import-CloudInventory $workbook -Language en -ErrorVariable problems -ErrorAction SilentlyContinue
            $services.ServiceName | Should -Be 'Good'
            $problems[0].FullyQualifiedErrorId | Should -BeLike 'UnknownServiceModel,*'
            $problems[0].TargetObject.Row | Should -Be 3
            $problems[0].ToString() | Should -Match "\(sheet 'Report', column B 'ServiceModel'\)$"
        }

        It 'reports a password-protected workbook as one error of the file, not a crash' {
            $locked = Join-Path $folder 'locked.xlsx'
            [System.IO.File]::WriteAllBytes($locked, [byte[]](0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1) + [byte[]]::new(504))
            Import-CloudInventory $locked -ErrorVariable problems -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $problems.Count | Should -Be 1
            $problems[0].FullyQualifiedErrorId | Should -BeLike 'UnreadableWorkbook,*'
        }
    }

    Context 'Reports' {
        It 'cuts a text longer than an Excel cell holds to 32,767 characters, and says which cell in a warning' {
            $report = Join-Path $folder 'long.xlsx'
            $rows = [pscustomobject]@{ ServiceName = 'Box'; ServiceModel = 'SaaS'; Notes = 'short' },
                [pscustomobject]@{ ServiceName = 'Slack'; ServiceModel = 'SaaS'; Notes = 'a' * 40000 }
            $rows | Export-CloudReport $report -Language en -WarningVariable warned -WarningAction SilentlyContinue
            "$warned" | Should -BeLike "1 cell(s) of '$report' held more than the 32,767 characters an Excel cell takes*: row 3, column 'Notes' (40,000 characters). A CSV report keeps them whole."
            $notes = (Get-SheetXml $report).worksheet.sheetData.row[2].c[2]
            $notes.is.t.Length | Should -Be 32767
            $csv = Join-Path $folder 'long.csv'
            $rows | Export-CloudReport $csv -WarningVariable none
            $none | Should -BeNullOrEmpty
            (Import-Csv $csv -Encoding utf8)[1].Notes.Length | Should -Be 40000
        }

        It 'writes -Format Xlsx whatever the extension, every cell a value: formula payloads stay text' {
            $report = Join-Path $folder 'payloads.report'
            '=1+2', '+cmd', '@SUM(A1)', '=HYPERLINK("http://e.com","x")' | ForEach-Object { [pscustomobject]@{ Value = $_; Count = 5 } } | Export-CloudReport $report -Format Xlsx
            $sheet = Get-SheetXml $report
            $sheet.SelectNodes('//*[local-name()="f"]').Count | Should -Be 0
            $cells = $sheet.worksheet.sheetData.row | Select-Object -Skip 1 | ForEach-Object { $_.c[0] }
            $shared = @((Get-SheetXml $report 'xl/sharedStrings.xml').sst.si | ForEach-Object t)
            $cells | ForEach-Object { $_.t | Should -Be 's' }
            $cells | ForEach-Object { $shared[[int]$_.v] } | Should -Be @('=1+2', '+cmd', '@SUM(A1)', '=HYPERLINK("http://e.com","x")')
            ($sheet.worksheet.sheetData.row[1].c[1]).v | Should -Be '5'
            $sheet.worksheet.sheetViews.sheetView.pane.state | Should -Be 'frozen'
            $sheet.worksheet.autoFilter.ref | Should -Be 'A1:B5'
        }

        It 'writes the bulk matrix as a workbook with the same cells as its CSV, each duty text shared once' {
            $csv = Join-Path $folder 'bulk-matrix.csv'
            $xlsx = Join-Path $folder 'bulk-matrix.xlsx'
            Export-ResponsibilityMatrix -InventoryPath $inventory -Path $csv -Language ja
            Export-ResponsibilityMatrix -InventoryPath $inventory -Path $xlsx -Language ja
            $expected = @(Import-Csv $csv -Encoding utf8)
            $sheet = Get-SheetXml $xlsx
            $shared = @((Get-SheetXml $xlsx 'xl/sharedStrings.xml').sst.si | ForEach-Object t)
            $header = @($sheet.worksheet.sheetData.row[0].c | ForEach-Object { $_.is.t })
            $rows = @($sheet.worksheet.sheetData.row | Select-Object -Skip 1)
            $rows.Count | Should -Be $expected.Count
            $duty = $header.IndexOf('CustomerDuty')
            for ($i = 0; $i -lt $rows.Count; $i++) {
                $cell = $rows[$i].c | Where-Object { ($_.r -replace '\d', '') -eq [char](65 + $duty) }
                if ($expected[$i].CustomerDuty -eq '') { $cell | Should -BeNullOrEmpty; continue }
                $cell.t | Should -Be 's'
                $shared[[int]$cell.v] | Should -Be $expected[$i].CustomerDuty
            }
            $duties = @($expected.CustomerDuty | Where-Object { $_ } | Sort-Object -Unique)
            $duties.Count | Should -BeGreaterThan 5
            @($shared | Where-Object { $_ -in $duties }).Count | Should -Be $duties.Count
        }

        It 'refuses -Append to a workbook, and leaves the file as it was' {
            $report = Join-Path $folder 'threats.xlsx'
            Get-CloudThreat | Export-CloudReport $report
            $before = (Get-FileHash $report).Hash
            { Get-CloudThreat | Export-CloudReport $report -Append } | Should -Throw -ErrorId 'AppendNotSupported,CloudResponsibility.PowerShell.Commands.ExportCloudReportCommand'
            (Get-FileHash $report).Hash | Should -Be $before
        }
    }
}

# Export-CloudReport as a pwsh user meets it. Run: ./build.ps1 -Task Test (or Invoke-Pester this file).
BeforeDiscovery {
    $roundTrips = @('cp932-japanese.csv', 'extra-columns.csv', 'utf8-bom-crlf-multiline.csv', 'fullwidth-lowercase.csv') |
        ForEach-Object { @{ Fixture = $_ } }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    $errorId = { param($id) "$id,CloudResponsibility.PowerShell.Commands.ExportCloudReportCommand" }
    $inventory = Join-Path (Get-SampleFolder) 'inventory.csv'
    $utf8Bom = [byte[]](0xEF, 0xBB, 0xBF)
    # A folder per test, so that "nothing else was written" can be checked.
    $newFolder = { New-Item -ItemType Directory -Path (Join-Path $TestDrive ([guid]::NewGuid().ToString('n'))) }
}

Describe 'Export-CloudReport' {
    Context 'CSV' {
        It 'writes UTF-8 with BOM and CRLF and neutralises formula cells' {
            $file = Join-Path $TestDrive 'formulas.csv'
            [pscustomobject]@{ A = '=1+2'; B = -5 } | Export-CloudReport $file
            $bytes = [System.IO.File]::ReadAllBytes($file)
            $bytes[0..2] | Should -Be $utf8Bom
            [System.Text.Encoding]::UTF8.GetString($bytes, 3, $bytes.Length - 3) | Should -Be "A,B`r`n`"'=1+2`",-5`r`n"
        }

        It 'writes formula cells verbatim with -NoFormulaProtection' {
            $file = Join-Path $TestDrive 'verbatim.csv'
            [pscustomobject]@{ A = '=1+2'; B = '@SUM(A1)' } | Export-CloudReport $file -NoFormulaProtection
            (Import-Csv $file).A | Should -Be '=1+2'
            (Import-Csv $file).B | Should -Be '@SUM(A1)'
        }

        It 'writes the module''s objects with their list columns joined by ;' {
            $file = Join-Path $TestDrive 'threats.csv'
            Get-CloudThreat | Export-CloudReport $file
            $rows = Import-Csv $file
            $rows.Id | Should -Be @('TH-01', 'TH-02', 'TH-03', 'TH-04', 'TH-05')
            $rows[1].ProviderControlIds -split ';' | Should -Be @((Get-CloudThreat TH-02).ProviderControlIds)
            $rows[0].Category | Should -Be 'AttackOnCloud'
        }

        It 'writes Japanese text that Import-Csv and Excel read back, in UTF-8 or Shift_JIS' {
            $utf8 = Join-Path $TestDrive 'threats-ja.csv'
            $sjis = Join-Path $TestDrive 'threats-sjis.csv'
            Get-CloudThreat -Language ja | Export-CloudReport $utf8
            Get-CloudThreat -Language ja | Export-CloudReport $sjis -Encoding shift_jis
            (Import-Csv $utf8).Name | Should -Be (Get-CloudThreat -Language ja).Name
            $text = [System.Text.Encoding]::GetEncoding(932).GetString([System.IO.File]::ReadAllBytes($sjis))
            (ConvertFrom-Csv $text).Name | Should -Be (Get-CloudThreat -Language ja).Name
        }

        It 'writes the separator given with -Delimiter' {
            $file = Join-Path $TestDrive 'semicolons.csv'
            Get-CloudServiceModel SaaS -Language en | Select-Object Id, Name | Export-CloudReport $file -Delimiter ';'
            (Get-Content $file)[0] | Should -Be 'Id;Name'
        }

        It 'writes a .tsv file tab-separated unless -Delimiter says otherwise, and appends to it by tabs' {
            $file = Join-Path $TestDrive 'threats.tsv'
            Get-CloudThreat TH-01, TH-02 -Language en | Select-Object Id, Name, ProviderControlIds | Export-CloudReport $file
            $lines = Get-Content $file
            $lines[0] | Should -Be "Id`tName`tProviderControlIds"
            $lines[1] | Should -BeLike "TH-01`tExternal attack on the cloud environment`tCTL-T-05;*"
            (Import-Csv $file -Delimiter "`t").Id | Should -Be @('TH-01', 'TH-02')
            Get-CloudThreat TH-03 -Language en | Select-Object Id, Name, ProviderControlIds | Export-CloudReport $file -Append
            (Import-Csv $file -Delimiter "`t").Id | Should -Be @('TH-01', 'TH-02', 'TH-03')
            Get-CloudServiceModel SaaS -Language en | Select-Object Id, Name | Export-CloudReport (Join-Path $TestDrive 'chosen.tsv') -Delimiter ','
            (Get-Content (Join-Path $TestDrive 'chosen.tsv'))[0] | Should -Be 'Id,Name'
        }

        It 'carries the inventory''s extra columns to the report and keeps them on each row''s service' {
            $file = Join-Path $TestDrive 'with-cost-centers.csv'
            $rows = Import-CloudInventory $inventory | Get-ResponsibilityMatrix
            $rows[0].Service.CostCenter | Should -Be 'IT-100'
            $rows | Export-CloudReport $file
            $report = Import-Csv $file -Encoding utf8
            $report.Count | Should -Be 72
            $report[0].CostCenter | Should -Be 'IT-100'
            $report[0].ContractEnd | Should -Be '2027-03-31'
        }

        It 'round-trips <Fixture> through Export-CloudReport' -ForEach $roundTrips {
            $copy = Join-Path $TestDrive $Fixture
            $original = Import-CloudInventory (Get-InventoryFixture $Fixture) -WarningAction SilentlyContinue
            $original | Export-CloudReport $copy -NoFormulaProtection
            $again = Import-CloudInventory $copy -WarningAction SilentlyContinue
            ($again | ConvertTo-Json -Depth 3) | Should -Be ($original | ConvertTo-Json -Depth 3)
        }
    }

    Context 'JSON' {
        It 'writes a JSON array with enum names when the file ends in .json' {
            $file = Join-Path $TestDrive 'threats.json'
            Get-CloudThreat | Export-CloudReport $file
            $json = Get-Content $file -Raw | ConvertFrom-Json
            $json.Id | Should -Be @('TH-01', 'TH-02', 'TH-03', 'TH-04', 'TH-05')
            $json[0].Category | Should -Be 'AttackOnCloud'
            $json[0].CustomerLayers | Should -Be @((Get-CloudThreat TH-01).CustomerLayers.ForEach([string]))
        }

        It 'writes JSON to any extension with -Format Json' {
            $file = Join-Path $TestDrive 'threats.txt'
            Get-CloudThreat TH-03 | Export-CloudReport $file -Format Json
            (Get-Content $file -Raw | ConvertFrom-Json).Id | Should -Be 'TH-03'
        }
    }

    Context 'Any objects' {
        It 'writes Select-Object output with the chosen columns in order' {
            $file = Join-Path $TestDrive 'slim.csv'
            Import-CloudInventory $inventory | Get-ResponsibilityMatrix | Select-Object ServiceName, Layer, Owner | Export-CloudReport $file
            $rows = Import-Csv $file
            $rows[0].PSObject.Properties.Name | Should -Be @('ServiceName', 'Layer', 'Owner')
            $rows.Count | Should -Be 72
        }

        It 'writes Import-Csv rows as they are' {
            $file = Join-Path $TestDrive 'copy.csv'
            Import-Csv $inventory -Encoding utf8 | Export-CloudReport $file
            (Import-Csv $file).ServiceName | Should -Be (Import-Csv $inventory -Encoding utf8).ServiceName
            (Get-Content $file -Encoding utf8)[0] | Should -Be (Get-Content $inventory -Encoding utf8)[0]
        }

        It 'writes hashtables and ordered dictionaries with their keys as columns, as pwsh''s Export-Csv does' {
            $file = Join-Path $TestDrive 'dictionaries.csv'
            [ordered]@{ Service = 'Box'; Owner = 'IT'; Count = 3 }, [ordered]@{ Service = 'Slack'; Owner = 'HR'; Count = 4 } | Export-CloudReport $file
            Get-Content $file -Encoding utf8 | Should -Be @('Service,Owner,Count', 'Box,IT,3', 'Slack,HR,4')
            $json = Join-Path $TestDrive 'dictionaries.json'
            @{ Service = 'Box'; Tags = @{ k = 1 } } | Export-CloudReport $json -WarningVariable warned -WarningAction SilentlyContinue
            $read = Get-Content $json -Raw | ConvertFrom-Json
            ($read.Service, $read.Tags) | Should -Be @('Box', 'System.Collections.Hashtable')
            "$warned" | Should -Match "'Tags'"
        }

        It 'writes plain values as a Value column' {
            $file = Join-Path $TestDrive 'values.csv'
            'TH-01', 'TH-02' | Export-CloudReport $file
            Get-Content $file | Should -Be @('Value', 'TH-01', 'TH-02')
        }

        It 'writes a nested object as its string form, never an empty cell, and warns once per column' {
            $file = Join-Path $TestDrive 'nested.csv'
            $rows = 1..3 | ForEach-Object { [pscustomobject]@{ Name = "n$_"; Detail = [pscustomobject]@{ Size = $_ }; Tags = @{ k = $_ } } }
            $rows | Export-CloudReport $file -WarningVariable warnings -WarningAction SilentlyContinue
            $read = Import-Csv $file
            # The formula guard quotes the leading '@', as it does any cell's.
            $read.Detail | Should -Be @("'@{Size=1}", "'@{Size=2}", "'@{Size=3}")
            $read.Tags | Should -Be @('System.Collections.Hashtable', 'System.Collections.Hashtable', 'System.Collections.Hashtable')
            $warnings.Count | Should -Be 2
            "$($warnings[0])" | Should -Match "'Detail'"
            "$($warnings[1])" | Should -Match "'Tags'"
        }

        It 'writes a nested object the same way to JSON' {
            $file = Join-Path $TestDrive 'nested.json'
            [pscustomobject]@{ Name = 'n'; Detail = [pscustomobject]@{ Size = 1 } } | Export-CloudReport $file -WarningVariable warnings -WarningAction SilentlyContinue
            (Get-Content $file -Raw | ConvertFrom-Json).Detail | Should -Be '@{Size=1}'
            $warnings.Count | Should -Be 1
        }

        It 'warns of properties that are not columns, naming them, and writes the rest' {
            $file = Join-Path $TestDrive 'ragged.csv'
            [pscustomobject]@{ A = 1 }, [pscustomobject]@{ A = 2; B = 3 } | Export-CloudReport $file -WarningVariable warnings -WarningAction SilentlyContinue
            Get-Content $file | Should -Be @('A', '1', '2')
            $warnings.Count | Should -Be 1
            "$($warnings[0])" | Should -Match '\bB\b'
        }
    }

    Context 'Existing files' {
        It 'leaves the old file intact when the pipeline fails' {
            $folder = & $newFolder
            $file = Join-Path $folder 'keep.csv'
            Set-Content -Path $file -Value 'old' -NoNewline
            { & { Get-CloudThreat; throw 'upstream failed' } | Export-CloudReport $file } | Should -Throw
            Get-Content $file -Raw | Should -Be 'old'
            @(Get-ChildItem $folder -Force).Count | Should -Be 1
        }

        It 'refuses to overwrite with -NoClobber' {
            $file = Join-Path $TestDrive 'exists.csv'
            Set-Content -Path $file -Value 'old'
            { Get-CloudThreat | Export-CloudReport $file -NoClobber -ErrorAction Stop } | Should -Throw -ErrorId (& $errorId 'FileExists')
            Get-Content $file | Should -Be 'old'
        }

        It 'keeps the Unix permissions of the report it replaces' -Skip:$IsWindows {
            $file = Join-Path $TestDrive 'private.csv'
            Set-Content -Path $file -Value 'old'
            & chmod 600 $file
            Get-CloudThreat TH-01 | Export-CloudReport $file
            (Import-Csv $file).Id | Should -Be 'TH-01'
            (Get-Item $file).UnixMode | Should -Be '-rw-------'
        }

        It 'replaces the target of a symbolic link, and the link stays a link' -Skip:$IsWindows {
            $target = Join-Path $TestDrive 'target.csv'
            $link = Join-Path $TestDrive 'link.csv'
            Set-Content -Path $target -Value 'old'
            New-Item -ItemType SymbolicLink -Path $link -Target $target | Out-Null
            Get-CloudThreat TH-01 | Export-CloudReport $link
            (Get-Item $link).LinkType | Should -Be 'SymbolicLink'
            (Import-Csv $target).Id | Should -Be 'TH-01'
        }

        It 'rejects paths of other providers as Export-Csv does, writing nothing' -ForEach @('env:report.csv', 'function:report.csv', 'variable:report.csv') {
            Push-Location $TestDrive
            try {
                { Get-CloudThreat TH-01 | Export-CloudReport $_ -ErrorAction Stop } | Should -Throw -ErrorId (& $errorId 'NotFileSystemPath')
                Join-Path $TestDrive 'report.csv' | Should -Not -Exist
                [Environment]::CurrentDirectory | Join-Path -ChildPath 'report.csv' | Should -Not -Exist
            }
            finally { Pop-Location }
        }

        It 'names the report, not its temporary file, when its folder does not exist' {
            $file = Join-Path $TestDrive 'no-such-folder' 'report.csv'
            $failure = { Get-CloudThreat TH-01 | Export-CloudReport $file -ErrorAction Stop } | Should -Throw -ErrorId (& $errorId 'OpenReportFailed') -PassThru
            "$failure" | Should -BeLike "*$file*"
            "$failure" | Should -BeLike "*'$(Split-Path $file)'*"
            "$failure" | Should -Not -BeLike '*.report.csv*'
        }

        It '-NoClobber holds at the final move: a file created during the export is left as it is' {
            $file = Join-Path $TestDrive 'appeared-meanwhile.csv'
            { Get-CloudThreat TH-01, TH-02 | ForEach-Object { $_; if (-not (Test-Path $file)) { Set-Content $file 'theirs' } } |
                    Export-CloudReport $file -NoClobber -ErrorAction Stop } | Should -Throw -ErrorId (& $errorId 'FileExists')
            Get-Content $file | Should -Be 'theirs'
            @(Get-ChildItem $TestDrive -Force -Filter '.appeared-meanwhile*').Count | Should -Be 0
        }

        It 'refuses a read-only file, and replaces it with -Force' {
            $file = Join-Path $TestDrive 'read-only.csv'
            Set-Content -Path $file -Value 'old'
            Set-ItemProperty -Path $file -Name IsReadOnly -Value $true
            { Get-CloudThreat | Export-CloudReport $file } | Should -Throw -ErrorId (& $errorId 'FileReadOnly')
            Get-Content $file | Should -Be 'old'
            Get-CloudThreat TH-01 | Export-CloudReport $file -Force
            (Import-Csv $file).Id | Should -Be 'TH-01'
            (Get-Item $file).IsReadOnly | Should -BeTrue
        }

        It 'appends rows with the same columns with -Append' {
            $file = Join-Path $TestDrive 'log.csv'
            Get-CloudThreat TH-01 | Export-CloudReport $file
            Get-CloudThreat TH-02 | Export-CloudReport $file -Append
            (Import-Csv $file).Id | Should -Be @('TH-01', 'TH-02')
        }

        It 'stops with AppendHeaderMismatch for other columns, and appends them matched by name with -Force' {
            $file = Join-Path $TestDrive 'mismatch.csv'
            Get-CloudThreat TH-01 | Export-CloudReport $file
            { Get-ProviderControl CTL-T-01 | Export-CloudReport $file -Append } | Should -Throw -ErrorId (& $errorId 'AppendHeaderMismatch')
            (Import-Csv $file).Id | Should -Be 'TH-01'
            Get-ProviderControl CTL-T-01 | Select-Object Id, Name | Export-CloudReport $file -Append -Force
            $rows = Import-Csv $file
            $rows.Id | Should -Be @('TH-01', 'CTL-T-01')
            $rows[1].Category | Should -BeNullOrEmpty
        }

        It 'stops with AppendNotSupported for a JSON report' {
            $file = Join-Path $TestDrive 'append.json'
            Get-CloudThreat TH-01 | Export-CloudReport $file
            { Get-CloudThreat TH-02 | Export-CloudReport $file -Append } | Should -Throw -ErrorId (& $errorId 'AppendNotSupported')
        }
    }

    Context 'Parameters' {
        It 'takes -LiteralPath as another name for -Path and never reads wildcards in it' {
            $file = Join-Path $TestDrive '[a].csv'
            Get-CloudThreat TH-01 | Export-CloudReport -LiteralPath $file
            Test-Path -LiteralPath $file | Should -BeTrue
        }

        It 'writes the report''s FileInfo with -PassThru, and nothing without it' {
            $file = Join-Path $TestDrive 'passthru.csv'
            $written = Get-CloudThreat | Export-CloudReport $file -PassThru
            $written | Should -BeOfType System.IO.FileInfo
            $written.FullName | Should -Be $file
            Get-CloudThreat | Export-CloudReport $file | Should -BeNullOrEmpty
        }

        It 'writes the file with -PassThru as Get-Item gets it: provider properties, and the same display' {
            $file = Join-Path $TestDrive 'passthru [item].csv'
            $written = Get-CloudThreat | Export-CloudReport -LiteralPath $file -PassThru
            $item = Get-Item -LiteralPath $file
            $written.PSPath | Should -Be $item.PSPath
            $written.PSParentPath | Should -Be $item.PSParentPath
            $written.PSProvider.Name | Should -Be 'FileSystem'
            foreach ($property in 'Mode', 'UnixMode', 'User', 'Group', 'Size', 'Length') {
                $written.$property | Should -Be $item.$property -Because $property
            }
            if (-not $IsWindows) {
                $written.UnixMode | Should -Not -BeNullOrEmpty
            }
            ($written | Format-Table | Out-String) | Should -Be ($item | Format-Table | Out-String)
            $written | Copy-Item -Destination (Join-Path $TestDrive 'copied.csv')
            Join-Path $TestDrive 'copied.csv' | Should -Exist
        }

        It 'stops with UnknownReportFormat for an extension it cannot tell, and UnknownEncoding for an encoding it does not know' {
            { Get-CloudThreat | Export-CloudReport (Join-Path $TestDrive 'x.ods') } | Should -Throw -ErrorId (& $errorId 'UnknownReportFormat')
            Join-Path $TestDrive 'x.ods' | Should -Not -Exist
            { Get-CloudThreat | Export-CloudReport (Join-Path $TestDrive 'x.csv') -Encoding klingon } | Should -Throw -ErrorId (& $errorId 'UnknownEncoding')
            Join-Path $TestDrive 'x.csv' | Should -Not -Exist
        }

        It 'writes nothing with -WhatIf' {
            $folder = & $newFolder
            $file = Join-Path $folder 'whatif.csv'
            Get-CloudThreat | Export-CloudReport $file -WhatIf
            Set-Content -Path $file -Value 'old'
            Get-CloudThreat | Export-CloudReport $file -WhatIf
            Get-Content $file | Should -Be 'old'
            @(Get-ChildItem $folder -Force).Name | Should -Be 'whatif.csv'
        }
    }

    Context 'Nothing to report' {
        BeforeAll {
            # The scheduled job of the review: tonight's findings replace last night's reports, every format.
            $nightly = {
                param($Folder, $AsOf)
                $audit = @{ InventoryPath = (Join-Path $Folder 'inventory.csv'); BaselinePath = (Join-Path $Folder 'baseline.json'); AsOf = $AsOf; MaxAge = 365 }
                $findings = Invoke-CloudAudit @audit -WarningAction SilentlyContinue
                foreach ($name in 'audit.html', 'audit.md', 'audit.sarif', 'audit.xml', 'audit.json', 'audit.csv') {
                    $findings | Export-CloudReport (Join-Path $Folder $name) -WarningVariable +warned
                }
                $findings | Export-CloudReport (Join-Path $Folder 'baseline.json')
                [pscustomobject]@{ Findings = @($findings).Count; Succeeded = $?; Warnings = @($warned) }
            }
        }

        It 'replaces last night''s reports when tonight has no findings: a page that says so, an empty SARIF log, zero tests, []' {
            $folder = & $newFolder
            $inventory = Join-Path $folder 'inventory.csv'
            Set-Content -LiteralPath $inventory -Encoding utf8 -Value 'ServiceName,ServiceModel,DataLocation,VendorCountry,PersonalData,Owner', 'Alpha,SaaS,JP,JP,no,ops', 'Beta,SaaS,JP,US,no,ops'
            (& $nightly $folder '2026-12-01').Findings | Should -Be 1
            (Get-Content (Join-Path $folder 'audit.html') -Raw) | Should -Match 'As of 2026-12-01: 1 finding'
            # The vendor moves to Japan: the next night resolves the finding, the night after has none.
            (Get-Content -LiteralPath $inventory) -replace 'JP,US,', 'JP,JP,' | Set-Content -LiteralPath $inventory -Encoding utf8
            (& $nightly $folder '2026-12-02').Findings | Should -Be 1
            $night = & $nightly $folder '2026-12-03'
            $night.Findings | Should -Be 0
            $night.Succeeded | Should -BeTrue
            $night.Warnings | Should -BeNullOrEmpty
            $page = Get-Content (Join-Path $folder 'audit.html') -Raw -Encoding utf8
            $page | Should -Match '<p id="nothing-to-report">Nothing to report'
            $page | Should -Match ('<p id="written" data-written="{0}">Written on {0}\.' -f (Get-Date -Format 'yyyy-MM-dd'))
            $page | Should -Not -Match 'As of \d|id="as-of"'
            (Get-Content (Join-Path $folder 'audit.md') -TotalCount 3)[2] | Should -BeLike 'Nothing to report*'
            $sarif = Get-Content (Join-Path $folder 'audit.sarif') -Raw | ConvertFrom-Json
            $sarif.runs.Count | Should -Be 1
            @($sarif.runs[0].results).Count | Should -Be 0
            ([xml](Get-Content (Join-Path $folder 'audit.xml') -Raw)).testsuites.tests | Should -Be '0'
            (Get-Content (Join-Path $folder 'audit.json') -Raw).Trim() | Should -Be '[]'
            [System.IO.File]::ReadAllBytes((Join-Path $folder 'audit.csv')) | Should -Be $utf8Bom
            (Get-Content (Join-Path $folder 'baseline.json') -Raw).Trim() | Should -Be '[]'
            # An empty baseline is a baseline: the next night reads it without a word.
            (& $nightly $folder '2026-12-04').Findings | Should -Be 0
            @(Get-ChildItem $folder -Force -Filter '*.tmp') | Should -BeNullOrEmpty
        }

        It 'leaves a CSV untouched, its time too, when -Append has nothing to append' {
            $folder = & $newFolder
            $file = Join-Path $folder 'log.csv'
            Get-CloudThreat TH-01 | Select-Object Id, Name | Export-CloudReport $file
            $bytes = [System.IO.File]::ReadAllBytes($file)
            $time = [datetime]::new(2026, 12, 1, 3, 0, 0, [System.DateTimeKind]::Utc)
            [System.IO.File]::SetLastWriteTimeUtc($file, $time)
            @() | Export-CloudReport $file -Append -WarningVariable warned
            $? | Should -BeTrue
            $warned | Should -BeNullOrEmpty
            [System.IO.File]::ReadAllBytes($file) | Should -Be $bytes
            [System.IO.File]::GetLastWriteTimeUtc($file) | Should -Be $time
        }

        It 'writes nothing with -WhatIf, rows or none' {
            $folder = & $newFolder
            $file = Join-Path $folder 'audit.html'
            Set-Content -Path $file -Value 'last night'
            @() | Export-CloudReport $file -WhatIf
            Get-Content $file | Should -Be 'last night'
            @(Get-ChildItem $folder -Force).Name | Should -Be 'audit.html'
        }
    }

    Context 'Ended by a signal' {
        It 'leaves no temporary file, and the old report as it was, when a scheduler ends the job with SIGTERM' -Skip:$IsWindows {
            $folder = & $newFolder
            $report = Join-Path $folder 'audit.csv'
            Set-Content -LiteralPath $report -Value 'last night'
            $executable, $leading = Get-PwshCommandLine
            # Rows that come slowly, so that the job is still writing when it is ended.
            $script = "Import-Module '$(Get-ModuleManifest)'; 1..100000 | ForEach-Object { Start-Sleep -Milliseconds 20; [pscustomobject]@{ N = `$_ } } | Export-CloudReport '$report'"
            $start = [System.Diagnostics.ProcessStartInfo]::new($executable)
            foreach ($argument in @($leading) + @('-NoProfile', '-NonInteractive', '-EncodedCommand', [Convert]::ToBase64String([System.Text.Encoding]::Unicode.GetBytes($script)))) { if ($argument) { $start.ArgumentList.Add($argument) } }
            $start.UseShellExecute = $false
            $start.RedirectStandardOutput = $true
            $start.RedirectStandardError = $true
            # This is pwsh itself (dotnet running pwsh.dll), not a launcher whose child it would be.
            $job = [System.Diagnostics.Process]::Start($start)
            try {
                $writing = { @(Get-ChildItem -LiteralPath $folder -Force -Filter '.audit.csv.cr-*.tmp') }
                $deadline = [datetime]::UtcNow.AddMinutes(3)
                while (-not (& $writing) -and -not $job.HasExited -and [datetime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
                & $writing | Should -Not -BeNullOrEmpty -Because 'the job writes its report under a temporary name'
                & (Get-Command kill -CommandType Application | Select-Object -First 1) -s TERM $job.Id
                $job.WaitForExit(60000) | Should -BeTrue
                $job.ExitCode | Should -Be 143 -Because 'the signal still ends the job as it would have: 128 + SIGTERM'
            }
            finally {
                if (-not $job.HasExited) { $job.Kill() }
                $job.Dispose()
            }
            @(Get-ChildItem -LiteralPath $folder -Force).Name | Should -Be @('audit.csv')
            Get-Content -LiteralPath $report | Should -Be 'last night'
        }
    }

    Context 'Tab completion' {
        It 'completes -Encoding and -Format' {
            Get-CompletionText 'Export-CloudReport x.csv -Encoding utf8' | Should -Be @('utf8BOM', 'utf8NoBOM', 'utf8')
            Get-CompletionText 'Export-CloudReport x.csv -Encoding ' | Should -Contain 'shift_jis'
            Get-CompletionText 'Export-CloudReport x.csv -Format ' | Should -Be @('Csv', 'Html', 'Json', 'JUnit', 'Markdown', 'Sarif', 'Xlsx')
        }
    }

    Context 'Default view' {
        It 'shows the written file in the file system''s table, with its name last' {
            $file = Join-Path $TestDrive 'view.csv'
            $text = Get-CloudThreat | Export-CloudReport $file -PassThru | Format-Plain
            $columns = Get-TableColumn $text
            $columns | Should -Contain 'LastWriteTime'
            $columns[-1] | Should -Be 'Name'
            @(Get-TableRow $text) | Should -HaveCount 1
            (Get-TableRow $text) | Should -Match '\sview\.csv$'
        }
    }
}

# Test-VendorDisclosure as a pwsh user meets it. Run: ./build.ps1 -Task Test (or Invoke-Pester this file).
# Questionnaires are module/samples/questionnaires (answers invented) and the xunit suite's fixtures;
# every judgement is made as of a fixed date, so that the certificates' validity does not age.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    $errorId = { param($id) "$id,CloudResponsibility.PowerShell.Commands.TestVendorDisclosureCommand" }
    $samples = Get-SampleFolder
    $questionnaires = Join-Path $samples 'questionnaires'
    $kintone = Join-Path $questionnaires 'kintone-2026.csv'
    $inventory = Join-Path $samples 'inventory.csv'
    $asOf = [datetime]'2026-12-01'
}

Describe 'Test-VendorDisclosure' {
    Context 'Reading files' {
        It 'writes one result per line of the service, with an outcome, a reason and who owns the gap' {
            $results = Test-VendorDisclosure $kintone -AsOf $asOf -Language en
            $results.Count | Should -Be 54
            $results | ForEach-Object { $_ | Should -BeOfType CloudResponsibility.Disclosure.DisclosureResult }
            @($results | Where-Object Outcome -ne Pass | ForEach-Object { '{0}={1}/{2}/{3}' -f $_.ItemId, $_.Outcome, $_.Reason, $_.GapOwner }) | Should -Be @(
                'CHK-DC-01.3=Missing/BlankAnswer/Provider', 'CHK-OP-02.3=Partial/AnsweredPartial/Provider')
            # いいえ to the single-tenant option describes the offering: a fact, no gap for anyone.
            $singleTenant = $results | Where-Object ItemId -eq 'CHK-TE-02.3'
            '{0}/{1}/{2}' -f $singleTenant.Outcome, $singleTenant.Reason, $singleTenant.GapOwner | Should -Be 'Pass/OfferingDescribed/'
            $certified = $results | Where-Object ItemId -eq 'CHK-OP-03.1'
            $certified.Certifications -join ';' | Should -Be 'ISO27001;ISO27017;ISMAP'
            $certified.ValidUntil | Should -Be ([datetime]'2027-03-31')
            $certified.Row | Should -Be 35
            $certified.File | Should -Be $kintone
            ($certified.AdditionalColumns | Where-Object Key -eq '社内メモ').Value | Should -Be '更新を確認済み（2026年4月）'
        }

        It 'reads several files and vendors at once, grouped by ServiceName, and expands wildcards' {
            $results = Test-VendorDisclosure (Join-Path $questionnaires '*-2026.csv') -AsOf $asOf
            ($results | Group-Object ServiceName).Name | Should -Be @('kintone', 'Microsoft 365')
            $results.Count | Should -Be (2 * 54)
            ($results | Where-Object { $_.ServiceName -eq 'Microsoft 365' -and $_.ItemId -eq 'CHK-TE-04.1' }).Reason | Should -Be 'NotApplicableAccepted'
        }

        It 'judges as of -AsOf: the certificates of last year are Expired today, and were valid before their date' {
            $old = Join-Path $questionnaires 'kintone-2025.csv'
            (Test-VendorDisclosure $old -AsOf $asOf | Where-Object ItemId -eq 'CHK-OP-03.1').Outcome | Should -Be 'Expired'
            (Test-VendorDisclosure $old -AsOf '2026-03-31' | Where-Object ItemId -eq 'CHK-OP-03.1').Outcome | Should -Be 'Pass'
            (Test-VendorDisclosure $old -AsOf $asOf | Where-Object ItemId -eq 'CHK-TE-07.1').Reason | Should -Be 'EvidenceMissing'
        }

        It 'reads a questionnaire saved by Japanese Excel: CP932, yyyy/MM/dd, CRLF, a memo column, with an error per bad row' {
            $file = Get-QuestionnaireFixture 'excel-ja-cp932.csv'
            $results = Test-VendorDisclosure $file -AsOf $asOf -Language en -ErrorVariable problems -ErrorAction SilentlyContinue -WarningVariable warnings -WarningAction SilentlyContinue
            $fromRows = @($results | Where-Object Row)
            # Row 16's answer '要確認' (to be checked) and row 17's validity '来年3月' (March next year) are each an error record
            # and a result: answered, but with none of the accepted answers, or with no date to judge the answer's validity by.
            $fromRows.Count | Should -Be 18
            $results.Count | Should -Be (18 + 38)
            @($problems | ForEach-Object { '{0}@{1}:{2}' -f ($_.FullyQualifiedErrorId -replace ',.*'), $_.TargetObject.Row, $_.TargetObject.Column }) |
                Should -Be @('UnknownAnswer@16:Answer', 'InvalidDate@17:ValidUntil')
            $problems[0].CategoryInfo.Category | Should -Be 'InvalidData'
            $problems[0].TargetObject.File | Should -Be $file
            $problems[0].TargetObject.Value | Should -Be '要確認'
            "$($problems[1])" | Should -Match '2027/06/30'
            @($warnings).Count | Should -Be 1
            "$($warnings[0])" | Should -Match 'ISO 9001'
            $outcomes = @{}
            $fromRows | ForEach-Object { $outcomes[$_.ItemId] = "$($_.Outcome)/$($_.Reason)" }
            $outcomes['CHK-DC-01.1'] | Should -Be 'Pass/AnsweredYes'
            $outcomes['CHK-TE-02.3'] | Should -Be 'Pass/OfferingDescribed'
            $outcomes['CHK-TE-04.1'] | Should -Be 'NotApplicable/NotApplicableAccepted'
            $outcomes['CHK-OP-02.3'] | Should -Be 'Fail/NotApplicableNotAccepted'
            $outcomes['CHK-TE-05.1'] | Should -Be 'Partial/AnsweredPartial'
            $outcomes['CHK-TE-07.1'] | Should -Be 'NoEvidence/EvidenceMissing'
            $outcomes['CHK-OP-03.1'] | Should -Be 'Pass/AnsweredYes'
            $outcomes['DIS-01.7'] | Should -Be 'Expired/ValidityExpired'
            $outcomes['DIS-06.1'] | Should -Be 'Missing/BlankAnswer'
            $outcomes['CHK-TE-09.1'] | Should -Be 'Unknown/UnknownItemId'
            $outcomes['CHK-TE-05'] | Should -Be 'Unknown/NotAQuestionnaireLine'
            $outcomes['DIS-04.1'] | Should -Be 'Unreadable/UnreadableAnswer'
            $outcomes['DIS-04.2'] | Should -Be 'Unreadable/UnreadableValidUntil'
            ($fromRows | Where-Object ItemId -eq 'DIS-04.1').AnswerText | Should -Be '要確認'
            ($results | Where-Object ItemId -eq 'DIS-04.1').Message | Should -Not -Match 'No row answers'
            ($results | Where-Object ItemId -eq 'DIS-03.1').Reason | Should -Be 'NoRow'
            ($fromRows | Where-Object ItemId -eq 'CHK-DC-01.1').AdditionalColumns[0].Key | Should -Be 'メモ'
        }

        It 'keeps the invariant: rows that are not empty = results from rows + rows rejected with errors' {
            $file = Get-QuestionnaireFixture 'excel-ja-cp932.csv'
            $results = Test-VendorDisclosure $file -AsOf $asOf -ErrorVariable problems -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
            $dataRows = @(Import-Csv $file -Encoding 932 | Where-Object { ($_.PSObject.Properties.Value -join '').Trim() }).Count
            $dataRows | Should -Be 18
            # A row with a cell that cannot be read has its error and its result; an error that rejects a row leaves it without one.
            $judged = @($results | Where-Object Row | ForEach-Object Row)
            $rejected = @($problems | Where-Object { $_.TargetObject.Row -notin $judged })
            @($problems).Count | Should -Be 2
            $judged.Count + $rejected.Count | Should -Be $dataRows
        }

        It 'judges a row answered with free text as answered but unreadable, never as a line no row answers, and keeps its error' {
            $answers = Join-Path $TestDrive 'acme-answers.csv'
            New-VendorQuestionnaire SaaS -ServiceName 'Acme CRM' -Vendor 'Acme' -Language en | Select-Object * | ForEach-Object {
                $_.Answer = switch ($_.ItemId) { 'DIS-01.1' { 'Acme Corporation K.K.' } 'CHK-TE-07.3' { 'Yes, see SOC 2' } default { 'Yes' } }
                if ($_.EvidenceRequested) { $_.Evidence = 'doc' }
                $_
            } | Export-CloudReport $answers
            $results = Test-VendorDisclosure $answers -AsOf $asOf -ErrorVariable problems -ErrorAction SilentlyContinue
            @($problems | ForEach-Object { '{0}@{1}' -f ($_.FullyQualifiedErrorId -replace ',.*'), $_.TargetObject.Value }) | Should -Be @('UnknownAnswer@Yes, see SOC 2', 'UnknownAnswer@Acme Corporation K.K.')
            $name = $results | Where-Object ItemId -eq 'DIS-01.1'
            "$($name.Outcome)/$($name.Reason)/$($name.AnswerText)" | Should -Be 'Unreadable/UnreadableAnswer/Acme Corporation K.K.'
            $name.Message | Should -Match ([regex]::Escape("Row $($name.Row) of '$answers', column 'Answer', holds 'Acme Corporation K.K.'; accepted: Yes/No/Partial/Not applicable"))
            @($results | Where-Object Outcome -eq 'Missing').Count | Should -Be 0
            $summary = Test-VendorDisclosure $answers -AsOf $asOf -Summary -ErrorAction SilentlyContinue
            "$($summary.Items) $($summary.Pass) $($summary.Missing) $($summary.Unreadable) $($summary.Unknown)" | Should -Be '54 52 0 2 0'
        }

        It 'warns where an answer about the data''s location names countries the inventory''s DataLocation does not list' {
            $service = [pscustomobject]@{ ServiceName = 'Acme CRM'; ServiceModel = 'SaaS'; DataLocation = 'JP' }
            $row = [pscustomobject]@{ ServiceName = 'Acme CRM'; ItemId = 'CHK-TE-05.4'; Answer = 'Yes'; Evidence = 'Terms §12'; Comment = 'US (us-east-1), Singapore' }
            $result = $row | Test-VendorDisclosure -Inventory $service -AsOf $asOf -WarningVariable warnings -WarningAction SilentlyContinue | Where-Object InputPosition
            $result.Outcome | Should -Be 'Pass'
            "$warnings" | Should -Match "^Input object 1: .*names US, SG, which the inventory's DataLocation for 'Acme CRM' \(JP\) does not list"
            $row | Test-VendorDisclosure -Inventory ([pscustomobject]@{ ServiceName = 'Acme CRM'; ServiceModel = 'SaaS'; DataLocation = 'JP;US;SG' }) -AsOf $asOf -WarningVariable none -WarningAction SilentlyContinue | Out-Null
            $none | Should -BeNullOrEmpty
        }

        It 'reads Japanese headers and full-width values' {
            $results = Test-VendorDisclosure (Get-QuestionnaireFixture 'japanese-headers.csv') -AsOf $asOf | Where-Object Row
            $results.ItemId | Should -Be @('CHK-TE-04.1', 'CHK-OP-03.1', 'DIS-01.6', 'CHK-TE-05.3')
            $results.Outcome | Should -Be @('Pass', 'Pass', 'NotApplicable', 'NotApplicable')
        }

        It 'writes QuestionnaireEmpty for an empty file and one with a header alone, naming each, and judges the other files' {
            $folder = Join-Path $TestDrive 'with-empty'
            $null = New-Item -ItemType Directory $folder
            Copy-Item $kintone $folder
            Set-Content -LiteralPath (Join-Path $folder 'empty.csv') -Value '' -NoNewline
            Get-Content -LiteralPath $kintone -TotalCount 1 -Encoding utf8 | Set-Content -LiteralPath (Join-Path $folder 'header-only.csv') -Encoding utf8
            $results = Test-VendorDisclosure (Join-Path $folder '*.csv') -AsOf $asOf -ErrorVariable problems -ErrorAction SilentlyContinue
            $results.Count | Should -Be 54
            @($problems.FullyQualifiedErrorId) | Should -Be @((& $errorId 'QuestionnaireEmpty'), (& $errorId 'QuestionnaireEmpty'))
            @($problems.TargetObject | Split-Path -Leaf) | Should -Be @('empty.csv', 'header-only.csv')
            $problems[0].CategoryInfo.Category | Should -Be 'InvalidData'
            "$($problems[1])" | Should -BeLike "The questionnaire '*header-only.csv' has no answer row (the file is empty, or holds a header alone): none of its lines is judged."
            $japanese = Test-VendorDisclosure -LiteralPath (Join-Path $folder 'empty.csv') -Language ja -ErrorVariable problem -ErrorAction SilentlyContinue
            $japanese | Should -BeNullOrEmpty
            "$problem" | Should -BeLike "質問票 '*empty.csv' に回答の行がありません*"
            Test-VendorDisclosure (Join-Path $folder 'empty.csv') -Quiet -ErrorAction SilentlyContinue | Should -BeExactly $false
            { Test-VendorDisclosure (Join-Path $folder 'empty.csv') -ErrorAction Stop } | Should -Throw -ErrorId (& $errorId 'QuestionnaireEmpty')
        }

        It 'keeps a row whose ValidUntil is no date: Unreadable, with its row, its answer and its InvalidDate error, never a line no row answers' {
            $answers = Join-Path $TestDrive 'undated.csv'
            Import-Csv $kintone -Encoding utf8 | ForEach-Object {
                if ($_.ItemId -eq 'CHK-OP-03.1') { $_.ValidUntil = 'not-a-date' }
                $_
            } | Export-Csv $answers -Encoding utf8
            $results = Test-VendorDisclosure $answers -AsOf $asOf -Language en -ErrorVariable problems -ErrorAction SilentlyContinue
            $results.Count | Should -Be 54
            $problems.FullyQualifiedErrorId | Should -Be (& $errorId 'InvalidDate')
            "$($problems.TargetObject.Row)/$($problems.TargetObject.Column)/$($problems.TargetObject.Value)" | Should -Be '35/ValidUntil/not-a-date'
            $undated = $results | Where-Object ItemId -eq 'CHK-OP-03.1'
            "$($undated.Outcome)/$($undated.Reason)/$($undated.Answer)/$($undated.Row)/$($undated.ValidUntilText)" | Should -Be 'Unreadable/UnreadableValidUntil/Yes/35/not-a-date'
            $undated.ValidUntil | Should -BeNullOrEmpty
            $undated.Certifications -join ';' | Should -Be 'ISO27001;ISO27017;ISMAP'
            $undated.Message | Should -BeLike "Answered, but the validity cannot be read: Row 35 of '$answers', column 'ValidUntil', holds 'not-a-date', which is no date.*"
            $undated.Message | Should -Not -Match 'No row answers'
            (Test-VendorDisclosure $answers -AsOf $asOf -Summary -ErrorAction SilentlyContinue).Unreadable | Should -Be 1
            (Test-VendorDisclosure $answers -AsOf $asOf -Language ja -ErrorAction SilentlyContinue | Where-Object ItemId -eq 'CHK-OP-03.1').Message |
                Should -BeLike "回答はありますが、有効期限を読み取れません：'$answers' の 35 行目、列 'ValidUntil' の値 'not-a-date' は日付ではありません。*"
        }

        It 'writes PathNotFound for a file that is not there, and reads the others' {
            $results = Test-VendorDisclosure (Join-Path $TestDrive 'nope.csv'), $kintone -AsOf $asOf -ErrorVariable problems -ErrorAction SilentlyContinue
            $results.Count | Should -Be 54
            $problems.FullyQualifiedErrorId | Should -Be (& $errorId 'PathNotFound')
            { Test-VendorDisclosure -LiteralPath (Join-Path $TestDrive 'nope[1].csv') -ErrorAction Stop } | Should -Throw -ErrorId (& $errorId 'PathNotFound')
        }
    }

    Context 'Pipeline input' {
        It 'takes Import-Csv rows and Get-ChildItem files alike' {
            (Import-Csv $kintone -Encoding utf8 | Test-VendorDisclosure -AsOf $asOf).Count | Should -Be 54
            (Get-ChildItem -LiteralPath $questionnaires -Filter '*-2026.csv' | Test-VendorDisclosure -AsOf $asOf).Count | Should -Be (2 * 54)
        }

        It 'places Import-Csv rows by their position among the objects piped in, never by a file row it did not read' {
            $rows = Import-Csv $kintone -Encoding utf8
            $rows[33].ItemId | Should -Be 'CHK-OP-03.1'
            $rows[33].ValidUntil = 'not-a-date'
            $results = $rows | Test-VendorDisclosure -AsOf $asOf -Language en -ErrorVariable problems -ErrorAction SilentlyContinue
            $results.Count | Should -Be 54
            $results | ForEach-Object { $_.Row | Should -BeNullOrEmpty; $_.File | Should -BeNullOrEmpty }
            @($results.InputPosition) | Should -Be (1..54)
            $undated = $results | Where-Object ItemId -eq 'CHK-OP-03.1'
            "$($undated.Reason)/$($undated.InputPosition)" | Should -Be 'UnreadableValidUntil/34'
            $undated.Message | Should -BeLike "Answered, but the validity cannot be read: Input object 34, column 'ValidUntil', holds 'not-a-date'*"
            "$problems" | Should -BeLike "Input object 34, column 'ValidUntil': 'not-a-date' is not a date*"
            "$problems" | Should -Not -Match 'Row'
            $problems.TargetObject.ItemId | Should -Be 'CHK-OP-03.1'
            "$($rows | Select-Object -First 2 | Test-VendorDisclosure -AsOf $asOf -Language ja | Where-Object InputPosition -eq 2 | ForEach-Object ItemId)" | Should -Be 'CHK-DC-01.2'
        }

        It 'writes QuestionnaireEmpty when the pipeline brings no answer, and for an empty file piped in' {
            $none = @() | Test-VendorDisclosure -Language en -ErrorVariable problems -ErrorAction SilentlyContinue
            $none | Should -BeNullOrEmpty
            $problems.FullyQualifiedErrorId | Should -Be (& $errorId 'QuestionnaireEmpty')
            $problems.TargetObject | Should -BeNullOrEmpty
            "$problems" | Should -BeLike 'No answer came down the pipeline: nothing is judged.*'
            [pscustomobject]@{ ServiceName = ' '; ItemId = ''; Answer = '' } | Test-VendorDisclosure -Language ja -ErrorVariable blank -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            "$blank" | Should -BeLike 'パイプラインから回答が渡されませんでした。*'
            $empty = Join-Path $TestDrive 'piped-empty.csv'
            Set-Content -LiteralPath $empty -Value '' -NoNewline
            @(Get-Item -LiteralPath $empty, $kintone | Test-VendorDisclosure -AsOf $asOf -ErrorVariable piped -ErrorAction SilentlyContinue).Count | Should -Be 54
            $piped.FullyQualifiedErrorId | Should -Be (& $errorId 'QuestionnaireEmpty')
            $piped.TargetObject | Should -Be $empty
        }

        It 'takes hand-made answers as hashtables, their keys as columns' {
            $answers = @{ ServiceName = 'CRM'; ServiceModel = 'SaaS'; ItemId = 'DIS-01.1'; Answer = 'Yes' },
                       [ordered]@{ ServiceName = 'CRM'; ServiceModel = 'SaaS'; ItemId = 'DIS-01.2'; Answer = 'No' }
            $judged = $answers | Test-VendorDisclosure -AsOf $asOf | Where-Object ItemId -in 'DIS-01.1', 'DIS-01.2'
            ($judged | Sort-Object ItemId).Outcome | Should -Be @('Pass', 'Fail')
        }

        It 'judges its own results again, as of another date' {
            $again = Test-VendorDisclosure $kintone -AsOf $asOf | Test-VendorDisclosure -AsOf '2027-04-01'
            ($again | Where-Object ItemId -eq 'CHK-OP-03.1').Outcome | Should -Be 'Expired'
            $again.Count | Should -Be 54
        }

        It 'writes an error per bad object with its ID, and judges the rest' {
            $rows = [pscustomobject]@{ ServiceName = 'CRM'; ServiceModel = 'SaaS'; ItemId = 'DIS-01.1'; Answer = 'Maybe' },
                    [pscustomobject]@{ ServiceName = 'CRM'; ServiceModel = 'SaaS'; ItemId = 'DIS-01.2'; Answer = 'Yes' },
                    [pscustomobject]@{ ServiceName = 'CRM'; ServiceModel = 'PaaS'; ItemId = 'DIS-01.3'; Answer = 'Yes' },
                    [pscustomobject]@{ ServiceName = 'CRM'; ServiceModel = 'SaaS'; ItemId = 'DIS-01.2'; Answer = 'No' }
            $results = $rows | Test-VendorDisclosure -AsOf $asOf -ErrorVariable problems -ErrorAction SilentlyContinue
            @($problems | ForEach-Object { $_.FullyQualifiedErrorId -replace ',.*' }) | Should -Be @('UnknownAnswer', 'ConflictingServiceModel', 'DuplicateItemId')
            $problems[0].TargetObject.Answer | Should -Be 'Maybe'
            # 'Maybe' is an answer, if none of the accepted ones: its line is judged Unreadable beside the error.
            @($results | Where-Object InputPosition | ForEach-Object { '{0}={1}@{2}' -f $_.ItemId, $_.Outcome, $_.InputPosition }) | Should -Be @('DIS-01.1=Unreadable@1', 'DIS-01.2=Pass@2')
            @($problems | ForEach-Object { "$_" -replace '[:,].*' }) | Should -Be @('Input object 1', 'Input object 3', 'Input object 4')
        }

        It 'stops at the first bad row with -ErrorAction Stop' {
            { [pscustomobject]@{ ServiceName = 'CRM'; ServiceModel = 'SaaS'; ItemId = 'DIS-01.1'; Answer = 'Maybe' } | Test-VendorDisclosure -ErrorAction Stop } |
                Should -Throw -ErrorId (& $errorId 'UnknownAnswer')
        }

        It 'writes MissingRequiredColumn for objects without ItemId or Answer, naming each object and the property it lacks' {
            [pscustomobject]@{ ServiceName = 'CRM' }, [pscustomobject]@{ ServiceName = 'ERP' } | Test-VendorDisclosure -Language en -ErrorVariable problems -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            @($problems | ForEach-Object { $_.FullyQualifiedErrorId -replace ',.*' }) | Should -Be @('MissingRequiredColumn', 'MissingRequiredColumn', 'MissingRequiredColumn', 'MissingRequiredColumn')
            "$($problems[0])" | Should -BeLike "Input object 1 has no ItemId property; give it one named 'ItemId'*"
            "$($problems[3])" | Should -BeLike 'Input object 2 has no Answer property*'
            "$problems" | Should -Not -Match 'inventory|file'
        }
    }

    Context 'The inventory and contract overrides' {
        It 'takes each service''s model, vendor and overrides from -Inventory and -OverridePath' {
            $services = Import-CloudInventory $inventory
            $rows = [pscustomobject]@{ ServiceName = 'KINTONE'; ItemId = 'CHK-TE-04.1'; Answer = 'No' },
                    [pscustomobject]@{ ServiceName = 'Salesforce Sales Cloud'; ItemId = 'CHK-TE-08.1'; Answer = 'No' }
            $results = $rows | Test-VendorDisclosure -Inventory $services -OverridePath (Join-Path $samples 'contract-overrides.csv') -AsOf $asOf | Where-Object InputPosition
            $results[0].ServiceName | Should -Be 'kintone'
            $results[0].Vendor | Should -Be 'サイボウズ'
            "$($results[0].GapOwner)/$($results[0].OwnerOverridden)" | Should -Be 'Customer/True'
            # CHK-TE-08.1 is about Data and PhysicalInfrastructure: a vendor's No is a gap in its storage, and the file
            # gives the provider a share of the Data (it restores deleted records), so the gap lies there too and is shared.
            "$($results[1].GapOwner)/$($results[1].OwnerOverridden)" | Should -Be 'Shared/True'
            (Test-VendorDisclosure $kintone -AsOf $asOf | Where-Object ItemId -eq 'CHK-TE-04.1').GapOwner | Should -Be 'Shared'
        }
    }

    Context '-Summary and -Quiet' {
        It 'writes a row per service with the count of each outcome and the coverage per area' {
            $summary = Test-VendorDisclosure (Join-Path $questionnaires '*-2026.csv') -AsOf $asOf -Summary
            $summary | ForEach-Object { $_ | Should -BeOfType CloudResponsibility.Disclosure.DisclosureSummary }
            $kintoneRow = $summary | Where-Object ServiceName -eq kintone
            "$($kintoneRow.Items) $($kintoneRow.Pass) $($kintoneRow.Fail) $($kintoneRow.Partial) $($kintoneRow.Missing)" | Should -Be '54 52 0 1 1'
            $kintoneRow.DataCentreCoverage | Should -Be 0.875
            $kintoneRow.Coverage | Should -Be ([math]::Round(52 / 54, 4))
            $kintoneRow.Certifications -join ';' | Should -Be 'ISO27001;ISO27017;ISMAP'
            $kintoneRow.Satisfied | Should -BeFalse
        }

        It 'answers $false when a line needs attention, and $true when every line passed or does not apply' {
            Test-VendorDisclosure $kintone -AsOf $asOf -Quiet | Should -BeExactly $false
            $all = New-VendorQuestionnaire IaaS -ServiceName VMs | ForEach-Object {
                [pscustomobject]@{ ServiceName = $_.ServiceName; ServiceModel = 'IaaS'; ItemId = $_.ItemId; Answer = 'Yes'; Evidence = $_.EvidenceRequested }
            }
            $all | Test-VendorDisclosure -Quiet | Should -BeExactly $true
            $all | Select-Object -Skip 1 | Test-VendorDisclosure -Quiet | Should -BeExactly $false
        }

        It 'refuses -Summary with -Quiet' {
            { Test-VendorDisclosure $kintone -Summary -Quiet } | Should -Throw -ErrorId (& $errorId 'IncompatibleParameters')
        }
    }

    Context 'Languages' {
        It 'writes its messages in Japanese with -Language ja, codes unchanged' {
            $result = Test-VendorDisclosure $kintone -AsOf $asOf -Language ja | Where-Object ItemId -eq 'CHK-TE-02.3'
            $result.Reason | Should -Be 'OfferingDescribed'
            $result.Message | Should -Match (Get-JapanesePattern)
            $result.Subject | Should -Be 'シングルテナント対応'
            $english = Test-VendorDisclosure $kintone -AsOf $asOf -Language en | Where-Object ItemId -eq 'CHK-TE-02.3'
            $english.Message | Should -Match 'describes the offering'
        }
    }

    Context 'Reports and the default view' {
        It 'exports results with the questionnaire''s own columns after the declared ones' {
            $file = Join-Path $TestDrive 'judged.csv'
            Test-VendorDisclosure $kintone -AsOf $asOf | Export-CloudReport $file
            $rows = Import-Csv $file -Encoding utf8
            $rows.Count | Should -Be 54
            $rows[0].PSObject.Properties.Name[-1] | Should -Be '社内メモ'
            ($rows | Where-Object ItemId -eq 'CHK-OP-03.1').ValidUntil | Should -Be '2027-03-31'
            ($rows | Where-Object ItemId -eq 'CHK-OP-03.1').Certifications | Should -Be 'ISO27001;ISO27017;ISMAP'
        }

        It 'writes the as-of date as a date, today''s when -AsOf is left out, in CSV, JSON and the summary' {
            $today = (Get-Date).ToString('yyyy-MM-dd')
            $csv = Join-Path $TestDrive 'today.csv'
            $json = Join-Path $TestDrive 'today.json'
            $summary = Join-Path $TestDrive 'today-summary.csv'
            Test-VendorDisclosure $kintone | Export-CloudReport $csv
            Test-VendorDisclosure $kintone | Export-CloudReport $json
            Test-VendorDisclosure $kintone -Summary | Export-CloudReport $summary
            @(Import-Csv $csv -Encoding utf8 | ForEach-Object AsOf | Sort-Object -Unique) | Should -Be $today
            (Get-Content $json -Raw -Encoding utf8 | ConvertFrom-Json -DateKind String)[0].AsOf | Should -Be $today
            (Import-Csv $summary -Encoding utf8).AsOf | Should -Be $today
        }

        It 'groups results by service and shows ItemId, Outcome, Reason, GapOwner and Message' {
            $text = Test-VendorDisclosure $kintone -AsOf $asOf | Where-Object Outcome -ne Pass | Format-Plain
            $text | Should -Match 'ServiceName: kintone'
            Get-TableColumn $text | Should -Be @('ItemId', 'Outcome', 'Reason', 'GapOwner', 'Message')
            @(Get-TableRow $text).Count | Should -Be 2
        }

        It 'shows the summary as one table' {
            $text = Test-VendorDisclosure (Join-Path $questionnaires '*-2026.csv') -AsOf $asOf -Summary | Format-Plain
            Get-TableColumn $text | Should -Be @('ServiceName', 'ServiceModel', 'Items', 'Pass', 'Fail', 'Partial', 'Missing', 'Unreadable', 'Expired', 'NoEvidence', 'N/A', 'Unknown', 'Coverage')
            @(Get-TableRow $text).Count | Should -Be 2
        }
    }
}

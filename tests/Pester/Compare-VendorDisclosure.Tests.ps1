# Compare-VendorDisclosure as a pwsh user meets it, and the yearly round trip an auditor makes:
# generate the questionnaire, fill it (here, programmatically), export it, judge it, compare it with
# last year's. Run: ./build.ps1 -Task Test (or Invoke-Pester this file). Judged as of a fixed date.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    $errorId = { param($id) "$id,CloudResponsibility.PowerShell.Commands.CompareVendorDisclosureCommand" }
    $questionnaires = Join-Path (Get-SampleFolder) 'questionnaires'
    $asOf = [datetime]'2026-12-01'
}

Describe 'Compare-VendorDisclosure' {
    Context 'The sample questionnaires' {
        It 'writes each changed line with the kind of change, what changed and both values' {
            $changes = Compare-VendorDisclosure (Join-Path $questionnaires 'kintone-2025.csv') (Join-Path $questionnaires 'kintone-2026.csv') -AsOf $asOf
            $changes | ForEach-Object { $_ | Should -BeOfType CloudResponsibility.Disclosure.DisclosureChange }
            @($changes | ForEach-Object { '{0}={1}:{2}' -f $_.ItemId, $_.Change, ($_.Changed -join '+') }) | Should -Be @(
                'CHK-DC-01.3=Worsened:Outcome+Answer', 'CHK-TE-06.1=Changed:Evidence', 'CHK-TE-07.1=Improved:Outcome+Evidence', 'CHK-OP-03.1=Improved:Outcome+ValidUntil')
            $renewed = $changes | Where-Object ItemId -eq 'CHK-OP-03.1'
            "$($renewed.ReferenceOutcome)->$($renewed.DifferenceOutcome)" | Should -Be 'Expired->Pass'
            $renewed.ReferenceValidUntil | Should -Be ([datetime]'2026-03-31')
            $renewed.DifferenceValidUntil | Should -Be ([datetime]'2027-03-31')
            $renewed.ReferenceRow | Should -Be 35
        }

        It 'compares several services at once by wildcard, certifications by ID' {
            $changes = Compare-VendorDisclosure -ReferencePath (Join-Path $questionnaires '*-2025.csv') -DifferencePath (Join-Path $questionnaires '*-2026.csv') -AsOf $asOf
            ($changes | Group-Object ServiceName).Name | Should -Be @('kintone', 'Microsoft 365')
            # Microsoft 365 wrote "ISO/IEC 27001" last year and "ISMS" this year: no change of certification.
            ($changes | Where-Object { $_.ServiceName -eq 'Microsoft 365' -and $_.ItemId -eq 'CHK-OP-03.1' }).Changed -join '+' | Should -Be 'Outcome+ValidUntil'
            ($changes | Where-Object Change -eq Worsened).ItemId | Should -Be @('CHK-DC-01.3', 'DIS-05.2')
        }

        It 'writes the unchanged lines too with -IncludeEqual' {
            $changes = Compare-VendorDisclosure (Join-Path $questionnaires '*-2025.csv') (Join-Path $questionnaires '*-2026.csv') -AsOf $asOf -IncludeEqual
            $changes.Count | Should -Be (2 * 54)
            ($changes | Where-Object Change -eq Equal).Count | Should -Be (2 * 54 - 8)
        }
    }

    Context 'A side that cannot be read' {
        BeforeAll {
            $sides = Join-Path $TestDrive 'sides'
            $null = New-Item -ItemType Directory $sides
            Set-Content -LiteralPath (Join-Path $sides 'empty.csv') -Value $null -NoNewline
            Get-Content (Join-Path $questionnaires 'kintone-2026.csv') -TotalCount 1 -Encoding utf8 | Set-Content -LiteralPath (Join-Path $sides 'header-only.csv') -Encoding utf8
            Set-Content -LiteralPath (Join-Path $sides 'no-item.csv') -Encoding utf8 -Value 'ServiceName,Answer', 'kintone,Yes'
            # Runs a comparison to the end or to its stop, keeping what it wrote before and the error that stopped it.
            function Invoke-Comparison([string] $Reference, [string] $Difference) {
                $written = [System.Collections.Generic.List[object]]::new()
                $stop = $null
                try {
                    Compare-VendorDisclosure $Reference $Difference -AsOf $asOf -ErrorVariable problems -ErrorAction SilentlyContinue -WarningVariable warnings -WarningAction SilentlyContinue |
                        ForEach-Object { $written.Add($_) }
                }
                catch { $stop = $_ }
                [pscustomobject]@{ Written = $written; Stop = $stop; Errors = @($problems); Warnings = @($warnings) }
            }
        }

        It 'compares nothing, rather than every line Removed or Added, when <Side> is <Case>; a terminating NothingToCompare after <Why>' -ForEach @(
            @{ Side = 'the difference'; Case = 'a file that is not there'; Reference = 'kintone-2025.csv'; Difference = 'kintone-2O26.csv'; Why = 'PathNotFound'; Parameter = 'DifferencePath' }
            @{ Side = 'the reference'; Case = 'a pattern that matches nothing'; Reference = 'none-*.csv'; Difference = 'kintone-2026.csv'; Why = 'PathNotFound'; Parameter = 'ReferencePath' }
            @{ Side = 'the difference'; Case = 'an empty file'; Reference = 'kintone-2025.csv'; Difference = 'empty.csv'; Why = 'QuestionnaireEmpty'; Parameter = 'DifferencePath' }
            @{ Side = 'the reference'; Case = 'a header without rows'; Reference = 'header-only.csv'; Difference = 'kintone-2026.csv'; Why = 'QuestionnaireEmpty'; Parameter = 'ReferencePath' }
            @{ Side = 'the difference'; Case = 'a file that is no questionnaire'; Reference = 'kintone-2025.csv'; Difference = 'no-item.csv'; Why = 'MissingRequiredColumn'; Parameter = 'DifferencePath' }
        ) {
            $at = { param($name) if (Test-Path -LiteralPath (Join-Path $questionnaires $name)) { Join-Path $questionnaires $name } else { Join-Path $sides $name } }
            $run = Invoke-Comparison (& $at $Reference) (& $at $Difference)
            $run.Written | Should -BeNullOrEmpty
            $run.Stop.FullyQualifiedErrorId | Should -Be (& $errorId 'NothingToCompare')
            "$($run.Stop)" | Should -BeLike "-$Parameter (*) gives no answer to compare*"
            @($run.Errors.FullyQualifiedErrorId) | Should -Contain (& $errorId $Why)
        }

        It 'compares the services both sides have when a side is read in part, and warns of those it leaves out' {
            $lastYear = Join-Path $questionnaires '*-2025.csv'
            $thisYear = Join-Path $TestDrive 'this-year'
            $null = New-Item -ItemType Directory $thisYear
            Copy-Item (Join-Path $questionnaires 'kintone-2026.csv') $thisYear
            Set-Content -LiteralPath (Join-Path $thisYear 'microsoft-365-2026.csv') -Value $null -NoNewline
            $run = Invoke-Comparison $lastYear (Join-Path $thisYear '*.csv')
            $run.Stop | Should -BeNullOrEmpty
            @($run.Written | ForEach-Object { '{0}/{1}={2}' -f $_.ServiceName, $_.ItemId, $_.Change }) | Should -Be @(
                'kintone/CHK-DC-01.3=Worsened', 'kintone/CHK-TE-06.1=Changed', 'kintone/CHK-TE-07.1=Improved', 'kintone/CHK-OP-03.1=Improved')
            $run.Errors.FullyQualifiedErrorId | Should -Be (& $errorId 'QuestionnaireEmpty')
            "$($run.Warnings)" | Should -Be 'Not compared: Microsoft 365. -DifferencePath could not be read in full and has no answers for these services, so their lines are not reported Removed.'
        }

        It 'says so in Japanese with -Language ja' {
            $thrown = { Compare-VendorDisclosure (Join-Path $questionnaires 'kintone-2025.csv') (Join-Path $sides 'empty.csv') -AsOf $asOf -Language ja -ErrorAction SilentlyContinue } |
                Should -Throw -ErrorId (& $errorId 'NothingToCompare') -PassThru
            "$thrown" | Should -BeLike '-DifferencePath（*）に比較できる回答がありません。*'
        }
    }

    Context 'Default view' {
        It 'groups by service and shows ItemId, Change, both outcomes and what changed' {
            $text = Compare-VendorDisclosure (Join-Path $questionnaires 'kintone-2025.csv') (Join-Path $questionnaires 'kintone-2026.csv') -AsOf $asOf | Format-Plain
            $text | Should -Match 'ServiceName: kintone'
            Get-TableColumn $text | Should -Be @('ItemId', 'Change', 'ReferenceOutcome', 'DifferenceOutcome', 'Changed')
            @(Get-TableRow $text).Count | Should -Be 4
        }
    }
}

Describe 'The yearly round trip: generate, fill, export, judge, compare' {
    BeforeAll {
        # Fills a questionnaire as a vendor would: Yes, with evidence where a line asks for it, but for the answers given.
        function Complete-Questionnaire([object[]] $Rows, [hashtable] $Answers) {
            foreach ($row in $Rows) {
                $answer = $Answers[$row.ItemId]
                $filled = $row | Select-Object * -ExcludeProperty Item
                $filled.Answer = if ($answer) { $answer.Answer } else { 'はい' }
                $filled.Evidence = if ($answer -and $answer.ContainsKey('Evidence')) { $answer.Evidence } elseif ($row.EvidenceRequested) { '資料 ' + $row.ItemId } else { $null }
                $filled.CertificationName = if ($answer) { $answer.CertificationName } else { $null }
                $filled.ValidUntil = if ($answer) { $answer.ValidUntil } else { $null }
                $filled
            }
        }
        $folder = Join-Path $TestDrive 'audit'
        New-Item -ItemType Directory $folder | Out-Null
        $services = Import-CloudInventory (Join-Path (Get-SampleFolder) 'inventory.csv') | Where-Object ServiceName -in 'kintone', 'Azure App Service'
        $template = $services | New-VendorQuestionnaire -Language ja
        $lastYear = @{
            'CHK-OP-03.1' = @{ Answer = 'はい'; CertificationName = 'ISMS、ISMAP'; ValidUntil = '2026/03/31' }
            'CHK-TE-02.3' = @{ Answer = 'いいえ' }
            'DIS-05.2' = @{ Answer = 'はい' }
        }
        $thisYear = @{
            'CHK-OP-03.1' = @{ Answer = 'はい'; CertificationName = 'ISO/IEC 27001、ISMAP'; ValidUntil = '2027/03/31' }
            'CHK-TE-02.3' = @{ Answer = 'いいえ' }
            'DIS-05.2' = @{ Answer = '一部' }
            'CHK-TE-07.1' = @{ Answer = 'はい'; Evidence = $null }
        }
        foreach ($group in $template | Group-Object ServiceName) {
            $name = $group.Name -replace ' ', '-'
            Complete-Questionnaire $group.Group $lastYear | Export-CloudReport (Join-Path $folder "$name-2025.csv") -Encoding shift_jis
            Complete-Questionnaire $group.Group $thisYear | Export-CloudReport (Join-Path $folder "$name-2026.csv")
        }
    }

    It 'generates a questionnaire per service that Excel opens, Shift_JIS last year and UTF-8 this year' {
        (Get-ChildItem -LiteralPath $folder).Name | Sort-Object | Should -Be @('Azure-App-Service-2025.csv', 'Azure-App-Service-2026.csv', 'kintone-2025.csv', 'kintone-2026.csv')
        (Import-Csv (Join-Path $folder 'kintone-2025.csv') -Encoding 932).Count | Should -Be 54
    }

    It 'judges this year''s answers with the inventory''s overrides' {
        $results = Test-VendorDisclosure (Join-Path $folder '*-2026.csv') -Inventory $services -AsOf $asOf
        $results.Count | Should -Be (2 * 54)
        @($results | Where-Object Outcome -ne Pass | ForEach-Object { '{0}/{1}={2}/{3}' -f $_.ServiceName, $_.ItemId, $_.Outcome, $_.GapOwner } | Sort-Object) | Should -Be @(
            'Azure App Service/CHK-TE-07.1=NoEvidence/Shared', 'Azure App Service/DIS-05.2=Partial/Shared',
            'kintone/CHK-TE-07.1=NoEvidence/Provider', 'kintone/DIS-05.2=Partial/Provider')
        # いいえ to the single-tenant option describes the offering: it passes, in both years.
        @($results | Where-Object ItemId -eq 'CHK-TE-02.3' | ForEach-Object Reason | Sort-Object -Unique) | Should -Be 'OfferingDescribed'
        $summary = Test-VendorDisclosure (Join-Path $folder '*-2026.csv') -Inventory $services -AsOf $asOf -Summary
        $summary.Pass | Should -Be @(52, 52)
    }

    It 'reads last year''s Shift_JIS file as written, certificates by ID' {
        $certified = Test-VendorDisclosure (Join-Path $folder 'kintone-2025.csv') -AsOf $asOf | Where-Object ItemId -eq 'CHK-OP-03.1'
        "$($certified.Outcome) $($certified.Certifications -join ';')" | Should -Be 'Expired ISO27001;ISMAP'
    }

    It 'compares the two years: the renewal improved, the export formats and the assessment evidence worsened' {
        $changes = Compare-VendorDisclosure (Join-Path $folder '*-2025.csv') (Join-Path $folder '*-2026.csv') -Inventory $services -AsOf $asOf
        @($changes | ForEach-Object { '{0}/{1}={2}' -f $_.ServiceName, $_.ItemId, $_.Change } | Sort-Object) | Should -Be @(
            'Azure App Service/CHK-OP-03.1=Improved', 'Azure App Service/CHK-TE-07.1=Worsened', 'Azure App Service/DIS-05.2=Worsened',
            'kintone/CHK-OP-03.1=Improved', 'kintone/CHK-TE-07.1=Worsened', 'kintone/DIS-05.2=Worsened')
        ($changes | Where-Object ItemId -eq 'CHK-OP-03.1' | Select-Object -First 1).Changed -join '+' | Should -Be 'Outcome+ValidUntil'
    }
}

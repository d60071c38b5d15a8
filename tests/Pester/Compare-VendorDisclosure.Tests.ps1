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

    Context 'Errors' {
        It 'writes PathNotFound for a pattern that matches nothing' {
            Compare-VendorDisclosure (Join-Path $TestDrive 'none-*.csv') (Join-Path $questionnaires 'kintone-2026.csv') -AsOf $asOf -ErrorVariable problems -ErrorAction SilentlyContinue |
                ForEach-Object Change | Sort-Object -Unique | Should -Be 'Added'
            $problems.FullyQualifiedErrorId | Should -Be (& $errorId 'PathNotFound')
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

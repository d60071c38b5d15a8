# A vendor's CAIQ judged as a pwsh user runs it: Import-Caiq vendor.xlsx | Test-VendorDisclosure.
# The workbook is module/samples/caiq (answers invented, questions in our own words); the judgement
# is made as of a fixed date and with the sample inventory, whose row gives the service's model.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    $samples = Get-SampleFolder
    $workbook = Join-Path $samples 'caiq/ehr-platform-caiq.xlsx'
    $inventory = Import-CloudInventory (Join-Path $samples 'inventory.csv')
    $service = '電子カルテ連携基盤'
    $asOf = [datetime]'2026-12-01'
}

Describe 'Import-Caiq | Test-VendorDisclosure' {
    BeforeEach { $folder = New-TempFolder }
    AfterEach { Remove-TempFolder $folder }

    It 'sums the CAIQ up per service: unmapped questions counted, the model from the inventory' {
        $answers = @(Import-Caiq $workbook -ServiceName $service)
        $summary = @($answers | Test-VendorDisclosure -Summary -Inventory $inventory -AsOf $asOf)
        $summary.Count | Should -Be 1
        $summary[0] | Should -BeOfType CloudResponsibility.Disclosure.DisclosureSummary
        $summary[0].ServiceModel | Should -Be 'PaaS'
        $results = @($answers | Test-VendorDisclosure -Inventory $inventory -AsOf $asOf)
        $summary[0].Items | Should -Be $results.Count
        $summary[0].Unmapped | Should -Be @($results | Where-Object Outcome -eq Unmapped).Count
        $summary[0].Unmapped | Should -BeGreaterThan 0
        $summary[0].OwnershipReviews | Should -Be @($results | Where-Object Reason -eq OwnershipReview).Count
        # Every answer is judged somewhere: mapped to a line, or written as Unmapped.
        $cited = @($results | ForEach-Object QuestionIds | Sort-Object -Unique)
        $cited.Count | Should -Be $answers.Count
    }

    It 'judges a line from its questions: outcome, the question IDs cited, the implementation text as evidence' {
        $results = Import-Caiq $workbook -ServiceName $service | Test-VendorDisclosure -Inventory $inventory -AsOf $asOf -Language en
        $location = $results | Where-Object ItemId -eq 'CHK-TE-05.4'
        $location.QuestionIds -join ';' | Should -Be 'DSP-19.1'
        $location.Evidence | Should -Match '^DSP-19\.1: '
        $retention = $results | Where-Object ItemId -eq 'DIS-05.3'
        "$($retention.Outcome)/$($retention.AnswerReason)/$($retention.Reason)" | Should -Match '^(Fail|Partial)/'
        ($results | Where-Object ItemId -eq 'CHK-TE-02.3').Reason | Should -Be 'NoCcmCounterpart'
        ($results | Where-Object ItemId -eq 'STA-04.1') | Should -BeNullOrEmpty
        ($results | Where-Object ItemId -eq 'STA-01.1').Outcome | Should -Be 'Unmapped'
    }

    It 'flags a vendor claim our matrix contradicts once a contract override flips the owner, naming the clause' {
        # IVS-04.1 is CSP-owned in the sample; an override giving the servers' layers (under PaaS the guest OS too) to the customer contradicts it.
        $overrides = Join-Path $folder 'overrides.csv'
        @(
            'ServiceName,Layer,Owner,Clause'
            "$service,GuestOS,Customer,Private cloud schedule 2"
            "$service,Virtualization,Customer,Private cloud schedule 2"
            "$service,PhysicalInfrastructure,Customer,Private cloud schedule 2"
        ) | Set-Content -LiteralPath $overrides -Encoding utf8
        $answers = Import-Caiq $workbook -ServiceName $service -ServiceModel PaaS
        $hardening = $answers | Test-VendorDisclosure -OverridePath $overrides -AsOf $asOf -Language en | Where-Object ItemId -eq 'CHK-TE-03.1'
        "$($hardening.Reason)/$($hardening.GapOwner)/$($hardening.VendorOwnership -join ';')" | Should -Be 'OwnershipMismatch/Customer/CspOwned'
        $hardening.OwnerClause | Should -Be 'Private cloud schedule 2'
        $hardening.Message | Should -Match 'Private cloud schedule 2'
        ($answers | Test-VendorDisclosure -OverridePath $overrides -AsOf $asOf -Summary).OwnershipMismatches | Should -BeGreaterThan 0
        $answers | Test-VendorDisclosure -OverridePath $overrides -AsOf $asOf -Quiet | Should -BeFalse
    }

    It 'writes an error naming the service when neither the CAIQ nor the inventory gives a model, and judges nothing for it' {
        $results = Import-Caiq $workbook -ServiceName 'Unknown service' | Test-VendorDisclosure -AsOf $asOf -ErrorVariable problems -ErrorAction SilentlyContinue
        $results | Should -BeNullOrEmpty
        $problems.Count | Should -BeGreaterThan 0
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'MissingRequiredValue,*'
        $problems[0].ToString() | Should -Match 'Unknown service'
    }

    It 'writes its messages in Japanese with -Language ja' {
        $result = Import-Caiq $workbook -ServiceName $service | Test-VendorDisclosure -Inventory $inventory -AsOf $asOf -Language ja | Where-Object Outcome -eq Unmapped | Select-Object -First 1
        $result.Message | Should -Match (Get-JapanesePattern)
    }
}

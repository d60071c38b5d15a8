# New-VendorQuestionnaire as a pwsh user meets it. Run: ./build.ps1 -Task Test (or Invoke-Pester this file).
# The lines asserted are the catalog's check sub-points and disclosure sub-items; the services those of module/samples.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    $errorId = { param($id) "$id,CloudResponsibility.PowerShell.Commands.NewVendorQuestionnaireCommand" }
    $inventory = Join-Path (Get-SampleFolder) 'inventory.csv'
    $answerColumns = 'Answer', 'Evidence', 'CertificationName', 'ValidUntil', 'Comment'
}

Describe 'New-VendorQuestionnaire' {
    Context '-ServiceModel' {
        It 'writes one row per check sub-point, then per disclosure sub-item, with the answer columns empty' {
            $rows = New-VendorQuestionnaire -ServiceModel SaaS -ServiceName CRM -Vendor Acme
            $rows.Count | Should -Be 54
            $rows[0].ItemId | Should -Be 'CHK-DC-01.1'
            $rows[34].ItemId | Should -Be 'CHK-OP-03.2'
            $rows[35].ItemId | Should -Be 'DIS-01.1'
            $rows[-1].ItemId | Should -Be 'DIS-06.1'
            $rows | ForEach-Object { $_ | Should -BeOfType CloudResponsibility.Disclosure.VendorQuestionnaireRow }
            ($rows.ServiceName | Sort-Object -Unique) | Should -Be 'CRM'
            foreach ($column in $answerColumns) { $rows.$column | Where-Object { $_ } | Should -BeNullOrEmpty }
            # Each line carries its own measures: encryption at rest verifies data encryption, not the erasure of the next line.
            ($rows | Where-Object ItemId -eq 'CHK-TE-05.1').ProviderControlIds -join ';' | Should -Be 'CTL-T-09'
            ($rows | Where-Object ItemId -eq 'DIS-01.1').ThreatIds | Should -BeNullOrEmpty
            ($rows | Where-Object ItemId -eq 'CHK-OP-03.1').EvidenceRequested | Should -Match 'CertificationName'
        }

        It 'writes one questionnaire per model given, with the same lines under SaaS, PaaS and IaaS' {
            $rows = New-VendorQuestionnaire SaaS, PaaS, IaaS
            ($rows | Group-Object ServiceModel).Count | Should -Be 3
            ($rows | Group-Object ServiceModel | ForEach-Object Count) | Should -Be @(54, 54, 54)
        }

        It 'asks in Japanese with -Language ja, keeping IDs and column names' {
            $row = New-VendorQuestionnaire SaaS -Language ja | Where-Object ItemId -eq 'CHK-TE-05.4'
            $row.Topic | Should -Be 'データ'
            $row.Subject | Should -Be '格納場所'
            $row.Question | Should -Match (Get-JapanesePattern)
            $row.PSObject.Properties.Name | Should -Contain 'Answer'
        }

        It 'leaves out every line on premises, with a warning, and marks them with -IncludeNotApplicable' {
            New-VendorQuestionnaire OnPremises -Language en -WarningVariable warnings -WarningAction SilentlyContinue | Should -BeNullOrEmpty
            $warnings.Count | Should -Be 1
            "$($warnings[0])" | Should -Match 'no cloud provider'
            $marked = New-VendorQuestionnaire OnPremises -IncludeNotApplicable -Language en
            $marked.Count | Should -Be 54
            $marked.Applies | Sort-Object -Unique | Should -Be $false
            $marked[0].NotApplicableReason | Should -Match 'MIC-GL3 I\.6'
        }
    }

    Context 'Services from the pipeline' {
        It 'writes a questionnaire per cloud service of the inventory, with its vendor, and none for the on-premises one' {
            $rows = Import-CloudInventory $inventory | New-VendorQuestionnaire -WarningVariable warnings -WarningAction SilentlyContinue
            ($rows | Group-Object ServiceName).Count | Should -Be 7
            $rows.Count | Should -Be (7 * 54)
            ($rows | Where-Object ServiceName -eq 'kintone' | Select-Object -First 1).Vendor | Should -Be 'サイボウズ'
            "$warnings" | Should -Match '社内ファイルサーバ'
        }

        It 'takes Import-Csv rows with Japanese headers' {
            $rows = Import-Csv (Get-InventoryFixture 'japanese-utf8.csv') -Encoding utf8 | New-VendorQuestionnaire
            $rows.ServiceName | Select-Object -Unique | Should -Be @('経費精算', '基幹システム')
            $rows.ServiceModel | Select-Object -Unique | Should -Be @('SaaS', 'IaaS')
        }

        It 'writes UnknownServiceModel for a bad object and the other services'' questionnaires' {
            $rows = [pscustomobject]@{ ServiceName = 'X'; ServiceModel = 'FaaS' }, [pscustomobject]@{ ServiceName = 'Y'; ServiceModel = 'PaaS' } |
                New-VendorQuestionnaire -ErrorVariable problems -ErrorAction SilentlyContinue
            ($rows.ServiceName | Sort-Object -Unique) | Should -Be 'Y'
            $problems.Count | Should -Be 1
            $problems[0].FullyQualifiedErrorId | Should -Be (& $errorId 'UnknownServiceModel')
        }
    }

    Context '-WhatIf and -Confirm' {
        It 'writes nothing with -WhatIf' {
            New-VendorQuestionnaire SaaS -WhatIf | Should -BeNullOrEmpty
            (Get-Command New-VendorQuestionnaire).Parameters.Keys | Should -Contain 'Confirm'
        }
    }

    Context 'The file sent to the vendor' {
        It 'exports with English column names in every language, the answer columns last but the language' {
            $file = Join-Path $TestDrive 'q.csv'
            New-VendorQuestionnaire SaaS -ServiceName kintone -Language ja | Export-CloudReport $file
            $header = (Get-Content -LiteralPath $file -TotalCount 1 -Encoding utf8) -split ','
            $header | Should -Be @('ServiceName', 'Vendor', 'ServiceModel', 'ItemId', 'Area', 'Topic', 'Subject', 'Question', 'EvidenceRequested', 'ThreatIds',
                'ProviderControlIds', 'Applies', 'NotApplicableReason', 'Answer', 'Evidence', 'CertificationName', 'ValidUntil', 'Comment', 'Language')
            (Import-Csv $file -Encoding utf8).Count | Should -Be 54
        }
    }

    Context 'Default view' {
        It 'groups by service and shows ItemId, Area, Topic, Subject and Question' {
            $text = New-VendorQuestionnaire SaaS -ServiceName CRM | Select-Object -First 3 | Format-Plain
            $text | Should -Match 'ServiceName: CRM'
            Get-TableColumn $text | Should -Be @('ItemId', 'Area', 'Topic', 'Subject', 'Question')
            @(Get-TableRow $text).Count | Should -Be 3
        }
    }
}

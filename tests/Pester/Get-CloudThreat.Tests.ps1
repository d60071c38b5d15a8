# Get-CloudThreat as a pwsh user meets it. Run: ./build.ps1 -Task Test (or Invoke-Pester this file).
# The IDs, categories and links asserted here are the catalog's public contract (CSO §2.2).
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    $errorId = { param($id) "$id,CloudResponsibility.PowerShell.Commands.GetCloudThreatCommand" }
}

Describe 'Get-CloudThreat' {
    Context 'By ID (the ById parameter set)' {
        It 'writes the five threats of CSO §2.2 in catalog order, with their categories' {
            $threats = Get-CloudThreat -Language en
            $threats.Id | Should -Be @('TH-01', 'TH-02', 'TH-03', 'TH-04', 'TH-05')
            $threats.Category | Should -Be @('AttackOnCloud', 'AttackOnCloud', 'AttackUsingCloud', 'AttackUsingCloud', 'NonAttack')
            $threats | ForEach-Object { $_ | Should -BeOfType CloudResponsibility.Model.CloudThreat }
        }

        It 'matches IDs with wildcards, case-insensitively' {
            (Get-CloudThreat -Id 'th-0[12]').Id | Should -Be @('TH-01', 'TH-02')
            (Get-CloudThreat '*5').Id | Should -Be 'TH-05'
        }

        It 'filters by -Category' {
            (Get-CloudThreat -Category AttackUsingCloud).Id | Should -Be @('TH-03', 'TH-04')
            (Get-CloudThreat -Category NonAttack, AttackOnCloud).Id | Should -Be @('TH-01', 'TH-02', 'TH-05')
        }

        It 'carries the ATT&CK techniques of a threat' {
            (Get-CloudThreat TH-01).AttackTechniques | Should -Contain 'T1498'
        }
    }

    Context '-ServiceModel' {
        It 'narrows customer layers to those the customer owns or shares under SaaS' {
            $threats = Get-CloudThreat -ServiceModel SaaS
            $threats.Count | Should -Be 5
            $threats | ForEach-Object {
                $_.ServiceModel | Should -Be 'SaaS'
                $_.CustomerLayers | ForEach-Object { $_ | Should -BeIn @('Data', 'AccountsAndAccess') }
            }
            ($threats | Where-Object Id -eq 'TH-01').CustomerLayers | Should -Be @('Data', 'AccountsAndAccess')
        }

        It 'keeps every customer layer on premises, where the customer owns them all' {
            $general = Get-CloudThreat
            $onPremises = Get-CloudThreat -ServiceModel OnPremises
            foreach ($i in 0..4) { @($onPremises[$i].CustomerLayers) | Should -Be @($general[$i].CustomerLayers) }
        }

        It 'rejects a service model that does not exist, naming the parameter' {
            { Get-CloudThreat -ServiceModel FaaS } | Should -Throw -ErrorId (& $errorId 'CannotConvertArgumentNoMessage')
        }
    }

    Context 'Errors' {
        It 'writes an UnknownId error for an ID that does not exist, and the rest' {
            $found = Get-CloudThreat TH-01, TH-99 -ErrorVariable problems -ErrorAction SilentlyContinue
            $found.Id | Should -Be 'TH-01'
            $problems.Count | Should -Be 1
            $problems[0].FullyQualifiedErrorId | Should -Be (& $errorId 'UnknownId')
            $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $problems[0].TargetObject | Should -Be 'TH-99'
        }

        It 'stops at an unknown ID with -ErrorAction Stop' {
            { Get-CloudThreat TH-99 -ErrorAction Stop } | Should -Throw -ErrorId (& $errorId 'UnknownId')
        }

        It 'reports no error for a wildcard that matches nothing' {
            Get-CloudThreat 'XX-*' -ErrorVariable problems | Should -BeNullOrEmpty
            $problems.Count | Should -Be 0
        }

        It 'writes UnsupportedInput for a piped object that is neither a catalog object nor an ID, and goes on' {
            $found = [pscustomobject]@{ Name = 'no id' }, 'TH-03' | Get-CloudThreat -ErrorVariable problems -ErrorAction SilentlyContinue
            $found.Id | Should -Be 'TH-03'
            $problems[0].FullyQualifiedErrorId | Should -Be (& $errorId 'UnsupportedInput')
            $problems[0].TargetObject.Name | Should -Be 'no id'
        }
    }

    Context 'Pipeline input (the FromPipeline parameter set)' {
        It 'gets the threats a provider measure mitigates' {
            $expected = (Get-CloudThreat | Where-Object ProviderControlIds -Contains 'CTL-T-04').Id
            $expected | Should -Contain 'TH-02'
            (Get-ProviderControl CTL-T-04 | Get-CloudThreat).Id | Should -Be $expected
        }

        It 'gets the threats of the measures a vendor check verifies' {
            $controls = (Get-VendorCheckItem CHK-TE-02).ProviderControlIds
            $expected = (Get-CloudThreat | Where-Object { $_.ProviderControlIds | Where-Object { $_ -in $controls } }).Id
            $expected | Should -Not -BeNullOrEmpty
            (Get-VendorCheckItem CHK-TE-02 | Get-CloudThreat).Id | Should -Be $expected
        }

        It 'writes each threat once however many inputs link to it' {
            $threats = Get-ProviderControl | Get-CloudThreat
            $threats.Id | Sort-Object | Should -Be @('TH-01', 'TH-02', 'TH-03', 'TH-04', 'TH-05')
        }

        It 'takes ID strings, Select-Object output and Import-Csv rows of an exported report' {
            $file = Join-Path $TestDrive 'threats.csv'
            Get-CloudThreat TH-02, TH-04 | Export-Csv $file
            ('TH-02', 'TH-04' | Get-CloudThreat).Id | Should -Be @('TH-02', 'TH-04')
            (Get-CloudThreat TH-02, TH-04 | Select-Object Id, Name | Get-CloudThreat).Id | Should -Be @('TH-02', 'TH-04')
            (Import-Csv $file | Get-CloudThreat).Id | Should -Be @('TH-02', 'TH-04')
        }
    }

    Context 'Tab completion' {
        It 'completes -Id with the threat IDs' {
            Get-CompletionText 'Get-CloudThreat -Id TH-0' | Should -Be @('TH-01', 'TH-02', 'TH-03', 'TH-04', 'TH-05')
            Get-CompletionText 'Get-CloudThreat th-05' | Should -Be 'TH-05'
        }

        It 'completes the enum parameters with their values' {
            Get-CompletionText 'Get-CloudThreat -Category ' | Should -Be @('AttackOnCloud', 'AttackUsingCloud', 'NonAttack')
            Get-CompletionText 'Get-CloudThreat -ServiceModel ' | Should -Be @('IaaS', 'OnPremises', 'PaaS', 'SaaS')
            Get-CompletionText 'Get-CloudThreat -Language ' | Should -Be @('en', 'ja')
        }
    }

    Context 'Default view' {
        It 'shows Id, Category, the mitigating measures, the customer layers and Name' {
            $text = Get-CloudThreat -Language en | Format-Plain
            Get-TableColumn $text | Should -Be @('Id', 'Category', 'ProviderControlIds', 'CustomerLayers', 'Name')
            $rows = @(Get-TableRow $text)
            $rows.Count | Should -Be 5
            $rows[0] | Should -Match '^TH-01\s+AttackOnCloud\s+\{CTL-'
            $rows[4] | Should -Match '^TH-05\s+NonAttack\s+'
        }
    }

    Context '-Language ja' {
        It 'writes names and descriptions in Japanese and keeps the IDs and categories' {
            $ja = Get-CloudThreat -Language ja
            $en = Get-CloudThreat -Language en
            $ja.Id | Should -Be $en.Id
            $ja.Category | Should -Be $en.Category
            $ja | ForEach-Object {
                $_.Language | Should -Be 'Ja'
                $_.Name | Should -Match (Get-JapanesePattern)
                $_.Description | Should -Match (Get-JapanesePattern)
            }
            $en | ForEach-Object { $_.Name | Should -Not -Match (Get-JapanesePattern) }
        }

        It 'follows $CloudResponsibilityLanguage when -Language is not given' {
            $CloudResponsibilityLanguage = 'ja'
            (Get-CloudThreat TH-01).Name | Should -Match (Get-JapanesePattern)
            (Get-CloudThreat TH-01 -Language en).Name | Should -Not -Match (Get-JapanesePattern)
        }

        It 'stops with InvalidLanguagePreference when $CloudResponsibilityLanguage is neither ja nor en' {
            $CloudResponsibilityLanguage = 'fr'
            { Get-CloudThreat } | Should -Throw -ErrorId (& $errorId 'InvalidLanguagePreference')
        }
    }

    Context 'Pipelines users write' {
        It 'groups the threats by category' {
            $groups = Get-CloudThreat | Group-Object Category | Sort-Object Name
            $groups.Name | Should -Be @('AttackOnCloud', 'AttackUsingCloud', 'NonAttack')
            $groups.ForEach('Count') | Should -Be @(2, 2, 1)
        }

        It 'filters on a customer layer and sorts by ID descending' {
            $withGuestOs = Get-CloudThreat | Where-Object CustomerLayers -Contains 'GuestOS' | Sort-Object Id -Descending
            $withGuestOs | Should -Not -BeNullOrEmpty
            $withGuestOs.Id | Should -Be ($withGuestOs.Id | Sort-Object -Descending)
            $withGuestOs | ForEach-Object { $_.CustomerLayers | Should -Contain 'GuestOS' }
            (Get-CloudThreat -ServiceModel SaaS | Where-Object CustomerLayers -Contains 'GuestOS') | Should -BeNullOrEmpty
        }

        It 'converts to JSON with IDs, links and, with -EnumsAsStrings, category names' {
            $json = Get-CloudThreat TH-02 | ConvertTo-Json -EnumsAsStrings | ConvertFrom-Json
            $json.Id | Should -Be 'TH-02'
            $json.Category | Should -Be 'AttackOnCloud'
            $json.ProviderControlIds | Should -Be @((Get-CloudThreat TH-02).ProviderControlIds)
        }

        It 'round-trips through Export-Csv and Import-Csv with the IDs of its lists joined' {
            $file = Join-Path $TestDrive 'threats-roundtrip.csv'
            Get-CloudThreat | Export-Csv $file
            $rows = Import-Csv $file
            $rows.Id | Should -Be (Get-CloudThreat).Id
            $rows.Category | Should -Be (Get-CloudThreat).Category.ForEach([string])
            $rows[1].ProviderControlIds -split ';' | Should -Be @((Get-CloudThreat TH-02).ProviderControlIds)
        }
    }
}

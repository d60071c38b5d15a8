# Get-LegalConsideration as a pwsh user meets it. Run: ./build.ps1 -Task Test (or Invoke-Pester this file).
# The legal and jurisdiction points of CSO §5, and the ones each service of an inventory triggers.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    $errorId = { param($id) "$id,CloudResponsibility.PowerShell.Commands.GetLegalConsiderationCommand" }
    $inventory = Join-Path (Get-SampleFolder) 'inventory.csv'
    # What the sample organisation's services trigger from Japan: service → point IDs.
    $expectedFromJapan = [ordered]@{
        'Microsoft 365'                = 'LEG-03'
        'Salesforce Sales Cloud'       = 'LEG-01', 'LEG-03', 'LEG-04'
        'Azure App Service'            = 'LEG-01', 'LEG-03'
        'Amazon EC2 (設計データ)'      = 'LEG-01', 'LEG-02', 'LEG-03'
        'Google Cloud Storage (EU拠点)' = 'LEG-01', 'LEG-03', 'LEG-04'
    }
    $summary = { param($findings) @($findings | ForEach-Object { '{0}|{1}' -f $_.ServiceName, $_.Id }) }
}

Describe 'Get-LegalConsideration' {
    Context 'The catalog''s points (the ById parameter set)' {
        It 'writes the five points of CSO §5 with the service attributes that trigger them' {
            $points = Get-LegalConsideration
            $points.Id | Should -Be @('LEG-01', 'LEG-02', 'LEG-03', 'LEG-04', 'LEG-05')
            @($points[1].TriggerAttributes) | Should -Be @('ExportControlled', 'DataLocation', 'VendorCountry')
            @($points[3].TriggerAttributes) | Should -Be @('EuPersonalData')
            $points | ForEach-Object { $_.Source | Should -Be 'CSO §5' }
        }

        It 'gets the points that depend on where data is stored, or on the vendor''s country' {
            (Get-LegalConsideration -Attribute DataLocation).Id | Should -Be @('LEG-01', 'LEG-02', 'LEG-03', 'LEG-05')
            (Get-LegalConsideration -Attribute VendorCountry).Id | Should -Be @('LEG-02', 'LEG-03')
            (Get-LegalConsideration 'LEG-0[45]' -Attribute MedicalData).Id | Should -Be 'LEG-05'
        }

        It 'writes UnknownId for an ID that does not exist, and the rest' {
            $found = Get-LegalConsideration LEG-02, LEG-09 -ErrorVariable problems -ErrorAction SilentlyContinue
            $found.Id | Should -Be 'LEG-02'
            $problems[0].FullyQualifiedErrorId | Should -Be (& $errorId 'UnknownId')
            $problems[0].TargetObject | Should -Be 'LEG-09'
        }
    }

    Context 'Services (the Service parameter set)' {
        It 'finds the points each service of the sample triggers, with the reason' {
            $findings = Import-CloudInventory $inventory | Get-LegalConsideration
            & $summary $findings | Should -Be @(foreach ($name in $expectedFromJapan.Keys) { foreach ($id in $expectedFromJapan[$name]) { "$name|$id" } })
            ($findings | Where-Object ServiceName -eq 'Microsoft 365').Reason | Should -Be 'VendorCountry is US'
            ($findings | Where-Object { $_.ServiceName -eq 'Azure App Service' -and $_.Id -eq 'LEG-01' }).Reason | Should -Be 'DataLocation includes SG'
            $findings | ForEach-Object { $_ | Should -BeOfType CloudResponsibility.Resolution.ServiceLegalFinding }
        }

        It 'finds the points of a hand-made service with their reasons, relative to the home country' {
            $findings = [pscustomobject]@{ ServiceName = 'CRM'; ServiceModel = 'SaaS'; DataLocation = 'US' } | Get-LegalConsideration
            ($findings | Where-Object Id -eq 'LEG-03').Reason | Should -Be 'DataLocation is US'
            [pscustomobject]@{ ServiceName = 'CRM'; ServiceModel = 'SaaS'; DataLocation = 'JP' } | Get-LegalConsideration | Should -BeNullOrEmpty
        }

        It 'triggers nothing for a service whose data stays in Japan with a Japanese vendor' {
            Import-CloudInventory $inventory | Where-Object ServiceName -in 'kintone', '社内ファイルサーバ' | Get-LegalConsideration | Should -BeNullOrEmpty
        }

        It 'judges "abroad" from -HomeCountry' {
            $fromUs = Import-CloudInventory $inventory | Get-LegalConsideration -HomeCountry US
            $fromUs | ForEach-Object { $_.HomeCountry | Should -Be 'US' }
            ($fromUs | Where-Object ServiceName -eq 'kintone').Reason | Should -Be 'DataLocation is JP'
            # LEG-02 is Japan's law: judged against Japan whatever -HomeCountry says.
            ($fromUs | Where-Object { $_.ServiceName -eq 'Amazon EC2 (設計データ)' }).Id | Should -Be @('LEG-02', 'LEG-03')
        }

        It 'flags medical data outside Japan under the MIC guideline (LEG-05)' {
            $finding = [pscustomobject]@{ ServiceName = 'EHR'; ServiceModel = 'SaaS'; DataLocation = 'SG'; MedicalData = 'yes' } | Get-LegalConsideration
            $finding.Id | Should -Be @('LEG-01', 'LEG-05')
            $finding[1].Reason | Should -Be 'MedicalData is true; DataLocation is SG'
        }

        It 'names every foreign location and every reason that holds, not only the first' {
            $findings = Import-CloudInventory $inventory | Where-Object ServiceName -like 'Google*' | Get-LegalConsideration
            $leg01 = $findings | Where-Object Id -eq 'LEG-01'
            $leg01.Reason | Should -Be 'DataLocation is DE and IE'
            @($leg01.TriggerValues) | Should -Be @('DE', 'IE')
            $mixed = [pscustomobject]@{ ServiceName = 'HR'; ServiceModel = 'SaaS'; DataLocation = 'JP;US;IE'; VendorCountry = 'US'; ExportControlled = 'yes' } | Get-LegalConsideration
            ($mixed | Where-Object Id -eq 'LEG-01').Reason | Should -Be 'DataLocation includes US and IE'
            ($mixed | Where-Object Id -eq 'LEG-02').Reason | Should -Be 'ExportControlled is true; DataLocation includes US and IE; VendorCountry is US'
            ($mixed | Where-Object Id -eq 'LEG-03').Reason | Should -Be 'DataLocation includes US; VendorCountry is US'
        }

        It 'gives the law as it stands before the source''s words' {
            $finding = Import-CloudInventory $inventory | Where-Object ServiceName -eq 'Microsoft 365' | Get-LegalConsideration -Language en
            $finding.CurrentLaw | Should -Match 'CLOUD Act'
            $names = @($finding.PSObject.Properties.Name)
            $names.IndexOf('CurrentLaw') | Should -BeLessThan $names.IndexOf('Description')
        }

        It 'takes Import-Csv rows with Japanese headers and values' {
            $findings = Import-Csv (Get-InventoryFixture 'japanese-utf8.csv') -Encoding utf8 | Get-LegalConsideration
            & $summary $findings | Should -Be @('基幹システム|LEG-01', '基幹システム|LEG-03')
        }

        It 'takes Select-Object output and the module''s matrix rows as services' {
            $slim = Import-CloudInventory $inventory | Select-Object ServiceName, ServiceModel, DataLocation, VendorCountry | Get-LegalConsideration
            ($slim | Where-Object ServiceName -eq 'Microsoft 365').Id | Should -Be 'LEG-03'
            ($slim | Where-Object Id -eq 'LEG-04') | Should -BeNullOrEmpty
            $fromRows = Import-CloudInventory $inventory | Where-Object ServiceName -eq 'Salesforce Sales Cloud' | Get-ResponsibilityMatrix -Layer Data | Get-LegalConsideration
            $fromRows.Id | Should -Be $expectedFromJapan['Salesforce Sales Cloud']
        }

        It 'keeps the inventory''s own columns on each finding' {
            $finding = Import-CloudInventory $inventory | Where-Object ServiceName -eq 'Microsoft 365' | Get-LegalConsideration
            $finding.CostCenter | Should -Be 'IT-100'
            $finding.ContractEnd | Should -Be '2027-03-31'
        }
    }

    Context 'Errors' {
        It 'writes UnknownCountry for a data location that is not a country, and evaluates the rest' {
            $findings = [pscustomobject]@{ ServiceName = 'X'; ServiceModel = 'SaaS'; DataLocation = 'Mars' },
                [pscustomobject]@{ ServiceName = 'Y'; ServiceModel = 'SaaS'; DataLocation = 'US' } |
                Get-LegalConsideration -ErrorVariable problems -ErrorAction SilentlyContinue
            $findings.ServiceName | Sort-Object -Unique | Should -Be 'Y'
            $problems[0].FullyQualifiedErrorId | Should -Be (& $errorId 'UnknownCountry')
            $problems[0].Exception.Message | Should -Match 'Mars'
        }

        It 'stops at a bad service with -ErrorAction Stop' {
            { [pscustomobject]@{ ServiceName = 'X'; ServiceModel = 'SaaX' } | Get-LegalConsideration -ErrorAction Stop } |
                Should -Throw -ErrorId (& $errorId 'UnknownServiceModel')
        }

        It 'takes -HomeCountry as DataLocation takes a country: <_>' -ForEach @('JP', 'jp', 'JPN', 'Japan', '日本', 'ｊｐ') {
            $service = [pscustomobject]@{ ServiceName = 'X'; ServiceModel = 'SaaS'; DataLocation = 'JP'; VendorCountry = 'JP' }
            $findings = $service | Get-LegalConsideration -HomeCountry $_ -ErrorAction Stop
            $findings | Should -BeNullOrEmpty
            ([pscustomobject]@{ ServiceName = 'X'; ServiceModel = 'SaaS'; DataLocation = 'US' } | Get-LegalConsideration -HomeCountry $_).HomeCountry | Sort-Object -Unique | Should -Be 'JP'
        }

        It 'takes -HomeCountry USA, United States and 米国 as US' {
            foreach ($country in 'USA', 'United States', '米国') {
                ([pscustomobject]@{ ServiceName = 'X'; ServiceModel = 'SaaS'; DataLocation = 'JP' } | Get-LegalConsideration -HomeCountry $country).Reason |
                    Should -Contain 'DataLocation is JP'
            }
        }

        It 'rejects a home country that is no country (<Country>) before reading any service, in the call''s language' -ForEach @(
            @{ Country = 'JA' }, @{ Country = 'ZZ' }, @{ Country = 'Japn' }, @{ Country = 'EU' }, @{ Country = '' }
        ) {
            $thrown = { [pscustomobject]@{ ServiceName = 'X'; ServiceModel = 'SaaS' } | Get-LegalConsideration -HomeCountry $Country } |
                Should -Throw -ErrorId (& $errorId 'InvalidHomeCountry') -PassThru
            $thrown.TargetObject | Should -Be $Country
            $thrown.Exception.Message | Should -BeLike "-HomeCountry '$Country' *"
            $thrown.Exception.Message | Should -Not -Match 'pattern|\^\[A-Za-z\]'
            $ja = { [pscustomobject]@{ ServiceName = 'X'; ServiceModel = 'SaaS' } | Get-LegalConsideration -HomeCountry $Country -Language ja } |
                Should -Throw -ErrorId (& $errorId 'InvalidHomeCountry') -PassThru
            $ja.Exception.Message | Should -Match (Get-JapanesePattern)
        }

        It 'says EU is a union, not a country' {
            $thrown = { [pscustomobject]@{ ServiceName = 'X'; ServiceModel = 'SaaS' } | Get-LegalConsideration -HomeCountry 欧州 } | Should -Throw -PassThru
            $thrown.Exception.Message | Should -Match 'European Union'
        }

        It 'does not take -Attribute with piped services, which belongs to the ById set' {
            { [pscustomobject]@{ ServiceName = 'X'; ServiceModel = 'SaaS' } | Get-LegalConsideration -Attribute DataLocation -ErrorAction Stop } |
                Should -Throw -ErrorId (& $errorId 'InputObjectNotBound')
        }
    }

    Context 'Tab completion' {
        It 'completes -Id and -Attribute' {
            Get-CompletionText 'Get-LegalConsideration -Id LEG-0' | Should -Be @('LEG-01', 'LEG-02', 'LEG-03', 'LEG-04', 'LEG-05')
            Get-CompletionText 'Get-LegalConsideration -Attribute Data' | Should -Be 'DataLocation'
            Get-CompletionText 'Get-LegalConsideration -Attribute ' | Should -Contain 'VendorCountry'
        }

        It 'completes -HomeCountry with country codes, by code or by name, never EU' {
            Get-CompletionText 'Get-LegalConsideration -HomeCountry J' | Should -Be @('JP')
            Get-CompletionText 'Get-LegalConsideration -HomeCountry Jap' | Should -Be @('JP')
            Get-CompletionText 'Get-LegalConsideration -HomeCountry 米' | Should -Be @('US')
            Get-CompletionText 'Get-LegalConsideration -HomeCountry Ger' | Should -Be @('DE')
            $all = Get-CompletionText 'Get-LegalConsideration -HomeCountry '
            $all | Should -Contain 'US'
            $all | Should -Not -Contain 'EU'
            $all[0] | Should -Be 'JP'
        }
    }

    Context 'Default views' {
        It 'shows a point''s Id, TriggerAttributes and Name' {
            $text = Get-LegalConsideration -Language en | Format-Plain
            Get-TableColumn $text | Should -Be @('Id', 'TriggerAttributes', 'Name')
            (Get-TableRow $text) -replace '\s.*' | Should -Be @('LEG-01', 'LEG-02', 'LEG-03', 'LEG-04', 'LEG-05')
        }

        It 'shows every triggering service as its own group: Id, Reason, Name' {
            $text = Import-CloudInventory $inventory | Get-LegalConsideration -Language en | Format-Plain
            Get-TableColumn $text | Should -Be @('Id', 'Reason', 'Name')
            @([regex]::Matches($text, '(?m)^\s+ServiceName: (.+?)\s*$') | ForEach-Object { $_.Groups[1].Value }) | Should -Be @($expectedFromJapan.Keys)
        }
    }

    Context '-Language ja' {
        It 'writes the points in Japanese with the same IDs and triggering values, the reasons in Japanese' {
            $ja = Import-CloudInventory $inventory | Get-LegalConsideration -Language ja
            $en = Import-CloudInventory $inventory | Get-LegalConsideration -Language en
            & $summary $ja | Should -Be (& $summary $en)
            @($ja | ForEach-Object { "$($_.TriggerAttributes)=$($_.TriggerValues)" }) | Should -Be @($en | ForEach-Object { "$($_.TriggerAttributes)=$($_.TriggerValues)" })
            ($ja | Where-Object { $_.Id -eq 'LEG-01' -and $_.ServiceName -like 'Google*' }).Reason | Should -Be 'DataLocation が DE・IE'
            ($ja | Where-Object { $_.Id -eq 'LEG-02' }).Reason | Should -Be 'ExportControlled が true、DataLocation が US、VendorCountry が US'
            $ja | ForEach-Object { $_.Name | Should -Match (Get-JapanesePattern) }
        }
    }

    Context 'Pipelines users write' {
        It 'counts the services each point concerns' {
            $perPoint = Import-CloudInventory $inventory | Get-LegalConsideration | Group-Object Id | Sort-Object Count -Descending
            $perPoint[0].Name | Should -Be 'LEG-03'
            $perPoint[0].Count | Should -Be 5
            ($perPoint | Where-Object Name -eq 'LEG-02').Count | Should -Be 1
        }

        It 'round-trips the findings through Export-Csv and Import-Csv, keeping the inventory''s columns' {
            $file = Join-Path $TestDrive 'legal.csv'
            Import-CloudInventory $inventory | Get-LegalConsideration | Export-Csv $file
            $rows = Import-Csv $file
            & $summary $rows | Should -Be @(foreach ($name in $expectedFromJapan.Keys) { foreach ($id in $expectedFromJapan[$name]) { "$name|$id" } })
            ($rows | Where-Object ServiceName -eq 'Microsoft 365').CostCenter | Should -Be 'IT-100'
        }

        It 'converts the findings to JSON' {
            $json = Import-CloudInventory $inventory | Get-LegalConsideration | ConvertTo-Json -Depth 3 | ConvertFrom-Json
            $json.Count | Should -Be 12
            ($json | Where-Object Id -eq 'LEG-02').ServiceName | Should -Be 'Amazon EC2 (設計データ)'
        }
    }
}

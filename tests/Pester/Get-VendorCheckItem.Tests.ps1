# Get-VendorCheckItem as a pwsh user meets it. Run: ./build.ps1 -Task Test (or Invoke-Pester this file).
# The customer's pre-contract checks of a provider (CSO §3) and their sub-points, one questionnaire line each.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    $errorId = { param($id) "$id,CloudResponsibility.PowerShell.Commands.GetVendorCheckItemCommand" }
    $checks = @('CHK-DC-01', 'CHK-DC-02', 'CHK-TE-01', 'CHK-TE-02', 'CHK-TE-03', 'CHK-TE-04', 'CHK-TE-05', 'CHK-TE-06', 'CHK-TE-07', 'CHK-TE-08', 'CHK-OP-01', 'CHK-OP-02', 'CHK-OP-03')
    # How many sub-points each check has in the source, in the order above.
    $subPointCounts = @(5, 3, 2, 3, 1, 1, 4, 3, 4, 3, 1, 3, 2)
}

Describe 'Get-VendorCheckItem' {
    Context 'By ID (the ById parameter set)' {
        It 'writes the thirteen checks of CSO §3 in catalog order, with their areas' {
            $all = Get-VendorCheckItem
            $all.Id | Should -Be $checks
            ($all | Where-Object Area -eq DataCentre).Id | Should -Be @('CHK-DC-01', 'CHK-DC-02')
            ($all | Where-Object Area -eq Operational).Id | Should -Be @('CHK-OP-01', 'CHK-OP-02', 'CHK-OP-03')
        }

        It 'filters by -Area, with wildcard IDs' {
            (Get-VendorCheckItem -Area DataCentre).Id | Should -Be @('CHK-DC-01', 'CHK-DC-02')
            (Get-VendorCheckItem 'CHK-TE-0[1-3]' -Area Technical).Id | Should -Be @('CHK-TE-01', 'CHK-TE-02', 'CHK-TE-03')
        }

        It 'keeps the checks that apply to a model, and says why for IaaS in ServiceModelNote' {
            $iaas = Get-VendorCheckItem -ServiceModel IaaS
            $iaas.Id | Should -Be $checks
            $iaas | ForEach-Object { $_.ServiceModels | Should -Contain 'IaaS' }
            Get-VendorCheckItem -ServiceModel OnPremises | Should -BeNullOrEmpty
            $passwordPolicy = Get-VendorCheckItem CHK-TE-04 -Language en
            @($passwordPolicy.ServiceModels) | Should -Be @('SaaS', 'PaaS', 'IaaS')
            $passwordPolicy.ServiceModelNote | Should -Match 'console'
        }
    }

    Context '-ExpandSubPoint' {
        It 'writes each check''s sub-points, numbered from 1 after the check''s ID' {
            $lines = Get-VendorCheckItem -ExpandSubPoint
            $lines.Count | Should -Be ($subPointCounts | Measure-Object -Sum).Sum
            foreach ($i in 0..($checks.Count - 1)) {
                $own = @($lines | Where-Object CheckItemId -eq $checks[$i])
                $own.Id | Should -Be @(1..$subPointCounts[$i] | ForEach-Object { "$($checks[$i]).$_" })
                $own.Position | Should -Be @(1..$subPointCounts[$i])
            }
            $lines | ForEach-Object { $_ | Should -BeOfType CloudResponsibility.Model.CheckSubPoint }
        }

        It 'gives the data check''s four questionnaire lines, the fourth on the storage location' {
            $data = Get-VendorCheckItem CHK-TE-05 -ExpandSubPoint -Language en
            $data.Id | Should -Be @('CHK-TE-05.1', 'CHK-TE-05.2', 'CHK-TE-05.3', 'CHK-TE-05.4')
            $data[3].Question | Should -Match 'stored'
            $data | ForEach-Object { $_.Question | Should -Match '\?$' }
        }

        It 'takes sub-point IDs: the check they belong to, or with -ExpandSubPoint just the sub-points named' {
            (Get-VendorCheckItem CHK-TE-05.4 -ErrorAction Stop).Id | Should -Be 'CHK-TE-05'
            (Get-VendorCheckItem CHK-TE-05.4 -ExpandSubPoint).Id | Should -Be 'CHK-TE-05.4'
            (Get-VendorCheckItem CHK-TE-05.* -ExpandSubPoint).Id | Should -Be @('CHK-TE-05.1', 'CHK-TE-05.2', 'CHK-TE-05.3', 'CHK-TE-05.4')
            (Get-VendorCheckItem CHK-TE-05.2, chk-te-05.4 -ExpandSubPoint).Id | Should -Be @('CHK-TE-05.2', 'CHK-TE-05.4')
            @(Get-VendorCheckItem CHK-TE-05.*).Id | Should -Be @('CHK-TE-05')
            # The check named beside one of its sub-points: the whole check.
            @(Get-VendorCheckItem CHK-TE-05, CHK-TE-05.4 -ExpandSubPoint -ErrorVariable problems).Count | Should -Be 4
            $problems | Should -BeNullOrEmpty
            ('CHK-TE-05.4', 'CHK-TE-05.1' | Get-VendorCheckItem -ExpandSubPoint).Id | Should -Be @('CHK-TE-05.4', 'CHK-TE-05.1')
            Get-VendorCheckItem CHK-TE-05.9 -ErrorVariable missing -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $missing[0].TargetObject | Should -Be 'CHK-TE-05.9'
        }
    }

    Context 'Errors' {
        It 'writes UnknownId for an ID that does not exist, and the rest' {
            $found = Get-VendorCheckItem CHK-TE-05, CHK-TE-99 -ErrorVariable problems -ErrorAction SilentlyContinue
            $found.Id | Should -Be 'CHK-TE-05'
            $problems[0].FullyQualifiedErrorId | Should -Be (& $errorId 'UnknownId')
            $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        }

        It 'stops at an unknown ID with -ErrorAction Stop' {
            { Get-VendorCheckItem CHK-XX-01 -ErrorAction Stop } | Should -Throw -ErrorId (& $errorId 'UnknownId')
        }

        It 'rejects an unknown -Area at binding' {
            { Get-VendorCheckItem -Area Legal } | Should -Throw -ErrorId (& $errorId 'CannotConvertArgumentNoMessage')
        }
    }

    Context 'Pipeline input (the FromPipeline parameter set)' {
        It 'gets the checks that verify the measures of every threat, each once' {
            $controls = (Get-CloudThreat).ProviderControlIds | Sort-Object -Unique
            $expected = (Get-VendorCheckItem | Where-Object { $_.ProviderControlIds | Where-Object { $_ -in $controls } }).Id
            $found = Get-CloudThreat | Get-VendorCheckItem
            @($found.Id | Sort-Object) | Should -Be @($expected | Sort-Object)
            $found.Id | Should -Be ($found.Id | Select-Object -Unique)
        }

        It 'gets the checks that verify a measure' {
            $control = Get-ProviderControl CTL-T-12
            @((Get-ProviderControl CTL-T-12 | Get-VendorCheckItem).Id | Sort-Object) | Should -Be @($control.CheckItemIds | Sort-Object)
        }

        It 'gets the check a sub-point belongs to, and expands piped checks' {
            ('CHK-TE-05.4' | Get-VendorCheckItem).Id | Should -Be 'CHK-TE-05'
            (Get-DisclosureItem DIS-05 | Get-VendorCheckItem -ExpandSubPoint).CheckItemId | Sort-Object -Unique | Should -Be @('CHK-TE-05', 'CHK-TE-08')
        }

        It 'takes Select-Object output and Import-Csv rows of an exported questionnaire' {
            $file = Join-Path $TestDrive 'questionnaire.csv'
            Get-VendorCheckItem CHK-DC-02 -ExpandSubPoint | Export-Csv $file
            (Import-Csv $file | Get-VendorCheckItem).Id | Should -Be 'CHK-DC-02'
            (Get-VendorCheckItem CHK-DC-02, CHK-OP-01 | Select-Object Id | Get-VendorCheckItem).Id | Should -Be @('CHK-DC-02', 'CHK-OP-01')
        }
    }

    Context 'Tab completion' {
        It 'completes -Id with the check IDs' {
            Get-CompletionText 'Get-VendorCheckItem -Id CHK-DC' | Should -Be @('CHK-DC-01', 'CHK-DC-02')
            Get-CompletionText 'Get-VendorCheckItem chk-op-0' | Should -Be @('CHK-OP-01', 'CHK-OP-02', 'CHK-OP-03')
        }

        It 'completes a check''s sub-point IDs once the ID goes past the check''s' {
            Get-CompletionText 'Get-VendorCheckItem CHK-TE-05.' | Should -Be @('CHK-TE-05.1', 'CHK-TE-05.2', 'CHK-TE-05.3', 'CHK-TE-05.4')
            Get-CompletionText 'Get-VendorCheckItem -Id chk-te-05.4' | Should -Be 'CHK-TE-05.4'
            Get-CompletionText 'Get-VendorCheckItem CHK-TE-05' | Should -Be 'CHK-TE-05'
        }

        It 'completes -Area and -ServiceModel' {
            Get-CompletionText 'Get-VendorCheckItem -Area ' | Should -Be @('DataCentre', 'Operational', 'Technical')
            Get-CompletionText 'Get-VendorCheckItem -ServiceModel I' | Should -Be 'IaaS'
        }
    }

    Context 'Default views' {
        It 'shows a check''s Id, Area, ServiceModels, ProviderControlIds and Name' {
            $text = Get-VendorCheckItem -Language en | Format-Plain
            Get-TableColumn $text | Should -Be @('Id', 'Area', 'ServiceModels', 'ProviderControlIds', 'Name')
            $rows = @(Get-TableRow $text)
            $rows.Count | Should -Be 13
            $rows[5] | Should -Match '^CHK-TE-04\s+Technical\s+\{SaaS, PaaS, I…\s+\{CTL-T-05, CTL-O-01\}'
        }

        It 'shows a sub-point''s Id, Name and Question' {
            $text = Get-VendorCheckItem CHK-TE-05 -ExpandSubPoint -Language en | Format-Plain
            Get-TableColumn $text | Should -Be @('Id', 'Name', 'Question')
            (Get-TableRow $text) -replace '\s.*' | Should -Be @('CHK-TE-05.1', 'CHK-TE-05.2', 'CHK-TE-05.3', 'CHK-TE-05.4')
        }
    }

    Context '-Language ja' {
        It 'writes the questionnaire in Japanese with the same IDs' {
            $ja = Get-VendorCheckItem CHK-TE-05 -ExpandSubPoint -Language ja
            $ja.Id | Should -Be (Get-VendorCheckItem CHK-TE-05 -ExpandSubPoint -Language en).Id
            $ja | ForEach-Object {
                $_.Language | Should -Be 'Ja'
                $_.Question | Should -Match (Get-JapanesePattern)
            }
        }
    }

    Context 'Pipelines users write' {
        It 'exports the IaaS questionnaire with Export-Csv and reads it back with Import-Csv' {
            $file = Join-Path $TestDrive 'iaas-questionnaire.csv'
            Get-VendorCheckItem -ServiceModel IaaS -ExpandSubPoint | Select-Object Id, Name, Question | Export-Csv $file -Encoding utf8BOM
            $rows = Import-Csv $file
            $rows.Id | Should -Be (Get-VendorCheckItem -ServiceModel IaaS -ExpandSubPoint).Id
            $rows.Id | Should -Contain 'CHK-TE-04.1'
            $rows[0].PSObject.Properties.Name | Should -Be @('Id', 'Name', 'Question')
        }

        It 'counts the questionnaire lines per area with Group-Object' {
            $perCheck = Get-VendorCheckItem | Group-Object Area -AsHashTable -AsString
            ($perCheck['Technical'] | ForEach-Object { $_.SubPoints.Count } | Measure-Object -Sum).Sum | Should -Be 21
            ($perCheck['DataCentre'] | ForEach-Object { $_.SubPoints.Count } | Measure-Object -Sum).Sum | Should -Be 8
        }

        It 'converts to JSON with its sub-points' {
            $json = Get-VendorCheckItem CHK-TE-05 -Language en | ConvertTo-Json -Depth 3 -EnumsAsStrings | ConvertFrom-Json
            $json.Id | Should -Be 'CHK-TE-05'
            $json.Area | Should -Be 'Technical'
            $json.SubPoints.Id | Should -Be @('CHK-TE-05.1', 'CHK-TE-05.2', 'CHK-TE-05.3', 'CHK-TE-05.4')
        }
    }
}

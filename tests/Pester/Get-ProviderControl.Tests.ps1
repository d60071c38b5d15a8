# Get-ProviderControl as a pwsh user meets it. Run: ./build.ps1 -Task Test (or Invoke-Pester this file).
# The provider's technical (CTL-T-nn, CSO §4.1) and operational (CTL-O-nn, CSO §4.2) measures.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    $errorId = { param($id) "$id,CloudResponsibility.PowerShell.Commands.GetProviderControlCommand" }
    $technical = 1..12 | ForEach-Object { 'CTL-T-{0:00}' -f $_ }
    $operational = 1..5 | ForEach-Object { 'CTL-O-{0:00}' -f $_ }
}

Describe 'Get-ProviderControl' {
    Context 'By ID (the ById parameter set)' {
        It 'writes the twelve technical and five operational measures in catalog order' {
            $controls = Get-ProviderControl
            $controls.Id | Should -Be @($technical + $operational)
            ($controls | Where-Object Kind -eq Technical).Id | Should -Be $technical
            $controls | ForEach-Object { $_ | Should -BeOfType CloudResponsibility.Model.ProviderControl }
        }

        It 'matches IDs with wildcards' {
            (Get-ProviderControl CTL-T-1*).Id | Should -Be @('CTL-T-10', 'CTL-T-11', 'CTL-T-12')
        }

        It 'filters by -Kind' {
            (Get-ProviderControl -Kind Operational).Id | Should -Be $operational
            (Get-ProviderControl CTL-?-01 -Kind Technical).Id | Should -Be 'CTL-T-01'
        }

        It 'links each measure to the threats it mitigates and the checks that verify it, as those link back' {
            $threats = Get-CloudThreat
            $checks = Get-VendorCheckItem
            foreach ($control in Get-ProviderControl) {
                $mitigated = @($threats | Where-Object ProviderControlIds -Contains $control.Id | ForEach-Object Id)
                @($control.ThreatIds | Sort-Object) | Should -Be @($mitigated | Sort-Object) -Because "$($control.Id) mitigates what the threats say"
                $verifying = @($checks | Where-Object ProviderControlIds -Contains $control.Id | ForEach-Object Id)
                @($control.CheckItemIds | Sort-Object) | Should -Be @($verifying | Sort-Object) -Because "$($control.Id) is verified by what the checks say"
            }
            (Get-ProviderControl CTL-T-04).ThreatIds | Should -Contain 'TH-02'
        }
    }

    Context 'Errors' {
        It 'writes UnknownId for an ID that does not exist, and the rest' {
            $found = Get-ProviderControl CTL-T-04, CTL-T-99 -ErrorVariable problems -ErrorAction SilentlyContinue
            $found.Id | Should -Be 'CTL-T-04'
            $problems[0].FullyQualifiedErrorId | Should -Be (& $errorId 'UnknownId')
            $problems[0].TargetObject | Should -Be 'CTL-T-99'
        }

        It 'writes UnknownId for a piped ID that is in no catalog, and UnsupportedInput for an object without an ID' {
            $found = 'XX-99', [pscustomobject]@{ Name = 'x' }, 'TH-02' | Get-ProviderControl -ErrorVariable problems -ErrorAction SilentlyContinue
            $found.Id | Should -Be @((Get-CloudThreat TH-02).ProviderControlIds)
            $problems.FullyQualifiedErrorId | Should -Be @((& $errorId 'UnknownId'), (& $errorId 'UnsupportedInput'))
            $problems[0].TargetObject | Should -Be 'XX-99'
        }

        It 'stops at an unknown piped ID with -ErrorAction Stop' {
            { 'XX-99' | Get-ProviderControl -ErrorAction Stop } | Should -Throw -ErrorId (& $errorId 'UnknownId')
        }

        It 'rejects an unknown -Kind at binding' {
            { Get-ProviderControl -Kind Physical } | Should -Throw -ErrorId (& $errorId 'CannotConvertArgumentNoMessage')
        }
    }

    Context 'Pipeline input (the FromPipeline parameter set)' {
        It 'gets the measures that mitigate a threat' {
            $threat = Get-CloudThreat TH-02
            $controls = $threat | Get-ProviderControl
            @($controls.Id | Sort-Object) | Should -Be @($threat.ProviderControlIds | Sort-Object)
            $controls.Id | Should -Contain 'CTL-T-04'
        }

        It 'gets the measures a vendor check verifies, and from a sub-point the measures that line itself verifies' {
            $check = Get-VendorCheckItem CHK-TE-05
            @((Get-VendorCheckItem CHK-TE-05 | Get-ProviderControl).Id | Sort-Object) | Should -Be @($check.ProviderControlIds | Sort-Object)
            # Encryption at rest verifies data encryption; the prevention of restoration, secure erasure.
            @(('CHK-TE-05.1' | Get-ProviderControl).Id) | Should -Be @('CTL-T-09')
            @(('CHK-TE-05.2' | Get-ProviderControl).Id) | Should -Be @('CTL-T-10')
            @((Get-VendorCheckItem CHK-TE-05 -ExpandSubPoint | Select-Object -First 1 | Get-ProviderControl).Id) | Should -Be @('CTL-T-09')
            # The storage location is a gap no provider measure covers (CSO §4): no link, no control.
            $check.UncoveredSubPointIds | Should -Contain 'CHK-TE-05.4'
            'CHK-TE-05.4' | Get-ProviderControl | Should -BeNullOrEmpty
        }

        It 'filters linked measures by -Kind' {
            $controls = Get-VendorCheckItem -Area Technical -ServiceModel IaaS | Get-ProviderControl -Kind Technical
            $controls | Should -Not -BeNullOrEmpty
            $controls.Kind | Sort-Object -Unique | Should -Be 'Technical'
        }

        It 'takes ID strings, Select-Object output and Import-Csv rows' {
            $file = Join-Path $TestDrive 'controls.csv'
            Get-ProviderControl CTL-T-09, CTL-O-04 | Export-Csv $file
            ('CTL-T-09', 'CTL-O-04' | Get-ProviderControl).Id | Should -Be @('CTL-T-09', 'CTL-O-04')
            (Get-ProviderControl CTL-T-09, CTL-O-04 | Select-Object Id | Get-ProviderControl).Id | Should -Be @('CTL-T-09', 'CTL-O-04')
            (Import-Csv $file | Get-ProviderControl).Id | Should -Be @('CTL-T-09', 'CTL-O-04')
        }
    }

    Context 'Tab completion' {
        It 'completes -Id with the measures'' IDs' {
            Get-CompletionText 'Get-ProviderControl -Id CTL-O' | Should -Be $operational
            Get-CompletionText 'Get-ProviderControl ctl-t-1' | Should -Be @('CTL-T-10', 'CTL-T-11', 'CTL-T-12')
        }

        It 'completes -Kind' {
            Get-CompletionText 'Get-ProviderControl -Kind ' | Should -Be @('Operational', 'Technical')
        }
    }

    Context 'Default view' {
        It 'shows Id, Kind, Name and Purpose' {
            $text = Get-ProviderControl -Language en | Format-Plain
            Get-TableColumn $text | Should -Be @('Id', 'Kind', 'Name', 'Purpose')
            $rows = @(Get-TableRow $text)
            $rows.Count | Should -Be 17
            $rows[0] | Should -Match '^CTL-T-01\s+Technical\s+\S'
            $rows[16] | Should -Match '^CTL-O-05\s+Operational\s+\S'
        }
    }

    Context '-Language ja' {
        It 'writes names and purposes in Japanese and keeps the IDs and kinds' {
            $ja = Get-ProviderControl -Language ja
            $ja.Id | Should -Be @($technical + $operational)
            $ja.Kind | Should -Be (Get-ProviderControl -Language en).Kind
            $ja | ForEach-Object {
                $_.Name | Should -Match (Get-JapanesePattern)
                $_.Purpose | Should -Match (Get-JapanesePattern)
            }
        }
    }

    Context 'Pipelines users write' {
        It 'groups by kind and counts' {
            $groups = Get-ProviderControl | Group-Object Kind -AsHashTable -AsString
            $groups['Technical'].Count | Should -Be 12
            $groups['Operational'].Count | Should -Be 5
        }

        It 'finds the measures behind an ISO/IEC 27017 control and sorts them by name' {
            $controls = Get-ProviderControl -Language en | Where-Object { $_.Iso27017 -contains '12.4.1' } | Sort-Object Name
            $controls.Id | Should -Contain 'CTL-T-07'
            $controls.Name | Should -Be ($controls.Name | Sort-Object)
        }

        It 'round-trips through Export-Csv and Import-Csv' {
            $file = Join-Path $TestDrive 'controls-roundtrip.csv'
            Get-ProviderControl | Export-Csv $file
            $rows = Import-Csv $file
            $rows.Id | Should -Be @($technical + $operational)
            $rows.Kind | Should -Be (Get-ProviderControl).Kind.ForEach([string])
        }

        It 'converts to JSON with its references' {
            $json = Get-ProviderControl CTL-T-04 | ConvertTo-Json -EnumsAsStrings | ConvertFrom-Json
            $json.Id | Should -Be 'CTL-T-04'
            $json.Kind | Should -Be 'Technical'
            $json.ThreatIds | Should -Be @((Get-ProviderControl CTL-T-04).ThreatIds)
        }
    }
}

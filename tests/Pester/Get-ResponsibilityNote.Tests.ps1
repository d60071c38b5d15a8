# Get-ResponsibilityNote as a pwsh user meets it. Run: ./build.ps1 -Task Test (or Invoke-Pester this file).
# The notes the responsibility matrix carries (MIC-GL3 I.6): the SaaS upgrade note (I.6.1), the
# split agreed in the contract, the information to judge risk.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    $errorId = { param($id) "$id,CloudResponsibility.PowerShell.Commands.GetResponsibilityNoteCommand" }
}

Describe 'Get-ResponsibilityNote' {
    Context 'By ID (the ById parameter set)' {
        It 'writes the notes in ID order, each citing MIC-GL3 I.6' {
            $notes = Get-ResponsibilityNote
            $notes.Id | Should -Be ($notes.Id | Sort-Object)
            $notes.Id | Should -Contain 'RN-01'
            $notes.Id | Should -Contain 'RN-02'
            $notes.Id | Should -Contain 'RN-03'
            $notes | ForEach-Object { $_.Source | Should -Match 'MIC-GL3 I\.6' }
        }

        It 'gives the SaaS upgrade note for SaaS only, from I.6.1' {
            $upgrade = Get-ResponsibilityNote RN-01
            @($upgrade.ServiceModels) | Should -Be @('SaaS')
            $upgrade.Source | Should -Be 'MIC-GL3 I.6.1'
        }

        It 'filters by -ServiceModel' {
            (Get-ResponsibilityNote -ServiceModel SaaS).Id | Should -Contain 'RN-01'
            $iaas = Get-ResponsibilityNote -ServiceModel IaaS
            $iaas.Id | Should -Not -Contain 'RN-01'
            $iaas | ForEach-Object { $_.ServiceModels | Should -Contain 'IaaS' }
            (Get-ResponsibilityNote -ServiceModel IaaS, SaaS).Count | Should -Be (Get-ResponsibilityNote).Count
        }
    }

    Context 'Errors' {
        It 'writes UnknownId for a note that does not exist, and the rest' {
            $found = Get-ResponsibilityNote RN-01, RN-99 -ErrorVariable problems -ErrorAction SilentlyContinue
            $found.Id | Should -Be 'RN-01'
            $problems[0].FullyQualifiedErrorId | Should -Be (& $errorId 'UnknownId')
            $problems[0].TargetObject | Should -Be 'RN-99'
        }

        It 'stops at an unknown note with -ErrorAction Stop' {
            { Get-ResponsibilityNote RN-99 -ErrorAction Stop } | Should -Throw -ErrorId (& $errorId 'UnknownId')
        }

        It 'rejects an unknown -ServiceModel at binding' {
            { Get-ResponsibilityNote -ServiceModel XaaS } | Should -Throw -ErrorId (& $errorId 'CannotConvertArgumentNoMessage')
        }
    }

    Context 'Pipeline input (the FromPipeline parameter set)' {
        It 'reads the notes behind the cells of a SaaS matrix' {
            $cells = Get-ResponsibilityMatrix -ServiceModel SaaS
            $notes = $cells | Get-ResponsibilityNote
            @($notes.Id | Sort-Object) | Should -Be @($cells.NoteIds | Sort-Object -Unique)
            $notes.Id | Should -Contain 'RN-01'
        }

        It 'has no SaaS upgrade note behind an IaaS cell' {
            (Get-ResponsibilityMatrix IaaS -Layer GuestOS | Get-ResponsibilityNote).Id | Should -Not -Contain 'RN-01'
        }

        It 'takes ID strings, Select-Object output and Import-Csv rows' {
            $file = Join-Path $TestDrive 'notes.csv'
            Get-ResponsibilityNote RN-02 | Export-Csv $file
            ('RN-02' | Get-ResponsibilityNote).Id | Should -Be 'RN-02'
            (Get-ResponsibilityNote RN-01, RN-02 | Select-Object Id | Get-ResponsibilityNote).Id | Should -Be @('RN-01', 'RN-02')
            (Import-Csv $file | Get-ResponsibilityNote).Id | Should -Be 'RN-02'
        }
    }

    Context 'Tab completion' {
        It 'completes -Id with the note IDs' {
            Get-CompletionText 'Get-ResponsibilityNote -Id RN-0' | Should -Be (Get-ResponsibilityNote).Id
            Get-CompletionText 'Get-ResponsibilityNote rn-01' | Should -Be 'RN-01'
        }

        It 'completes -ServiceModel' {
            Get-CompletionText 'Get-ResponsibilityNote -ServiceModel P' | Should -Be 'PaaS'
        }
    }

    Context 'Default view' {
        It 'shows Id, ServiceModels and Name' {
            $text = Get-ResponsibilityNote -Language en | Format-Plain
            Get-TableColumn $text | Should -Be @('Id', 'ServiceModels', 'Name')
            (Get-TableRow $text)[0] | Should -Match '^RN-01\s+\{SaaS\}\s+\S'
        }
    }

    Context '-Language ja' {
        It 'writes the notes in Japanese with the same IDs and service models' {
            $ja = Get-ResponsibilityNote -Language ja
            $en = Get-ResponsibilityNote -Language en
            $ja.Id | Should -Be $en.Id
            foreach ($i in 0..($ja.Count - 1)) {
                @($ja[$i].ServiceModels) | Should -Be @($en[$i].ServiceModels)
                $ja[$i].Name | Should -Match (Get-JapanesePattern)
                $ja[$i].Description | Should -Match (Get-JapanesePattern)
            }
        }
    }

    Context 'Pipelines users write' {
        It 'groups the cells of the matrix by the notes behind them' {
            $byNote = Get-ResponsibilityMatrix | ForEach-Object { foreach ($id in $_.NoteIds) { [pscustomobject]@{ Note = $id; Cell = $_.Id } } } | Group-Object Note -AsHashTable -AsString
            $byNote['RN-01'].Cell | ForEach-Object { $_ | Should -BeLike 'SaaS.*' }
        }

        It 'converts to JSON' {
            $json = Get-ResponsibilityNote RN-01 | ConvertTo-Json -EnumsAsStrings | ConvertFrom-Json
            $json.Id | Should -Be 'RN-01'
            $json.ServiceModels | Should -Be @('SaaS')
        }
    }
}

# Get-CloudServiceModel as a pwsh user meets it. Run: ./build.ps1 -Task Test (or Invoke-Pester this file).
# The service models of CSO §2.1 and MIC-GL3 I.6, with on-premises as the reference column.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    $errorId = { param($id) "$id,CloudResponsibility.PowerShell.Commands.GetCloudServiceModelCommand" }
}

Describe 'Get-CloudServiceModel' {
    Context 'By ID (the ById parameter set)' {
        It 'writes SaaS, PaaS, IaaS and on-premises, each with its source' {
            $models = Get-CloudServiceModel
            $models.Id | Should -Be @('SaaS', 'PaaS', 'IaaS', 'OnPremises')
            $models.ServiceModel | Should -Be @('SaaS', 'PaaS', 'IaaS', 'OnPremises')
            $models | ForEach-Object { $_.Source | Should -Match 'CSO §2\.1|MIC-GL3 I\.6' }
        }

        It 'names the source''s examples: Google Apps, Microsoft Azure, Amazon EC2' {
            $models = Get-CloudServiceModel -Language en
            $models[0].Examples | Should -Match 'Google Apps'
            $models[1].Examples | Should -Match 'Azure'
            $models[2].Examples | Should -Match 'EC2'
        }

        It 'matches IDs with wildcards, case-insensitively' {
            (Get-CloudServiceModel '*aas').Id | Should -Be @('SaaS', 'PaaS', 'IaaS')
            (Get-CloudServiceModel onpremises).Id | Should -Be 'OnPremises'
        }
    }

    Context 'Errors' {
        It 'writes UnknownId for a model that does not exist, and the rest' {
            $found = Get-CloudServiceModel IaaS, FaaS -ErrorVariable problems -ErrorAction SilentlyContinue
            $found.Id | Should -Be 'IaaS'
            $problems[0].FullyQualifiedErrorId | Should -Be (& $errorId 'UnknownId')
            $problems[0].TargetObject | Should -Be 'FaaS'
        }

        It 'stops at an unknown piped model with -ErrorAction Stop' {
            { 'FaaS' | Get-CloudServiceModel -ErrorAction Stop } | Should -Throw -ErrorId (& $errorId 'UnknownId')
        }

        It 'writes UnsupportedInput for a piped object with no ID' {
            [pscustomobject]@{ Model = 'SaaS' } | Get-CloudServiceModel -ErrorVariable problems -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $problems[0].FullyQualifiedErrorId | Should -Be (& $errorId 'UnsupportedInput')
        }
    }

    Context 'Pipeline input (the FromPipeline parameter set)' {
        It 'describes the models named in a list' {
            ('SaaS', 'IaaS' | Get-CloudServiceModel).Id | Should -Be @('SaaS', 'IaaS')
        }

        It 'passes its own objects through, each once' {
            (Get-CloudServiceModel PaaS, PaaS, IaaS | Get-CloudServiceModel).Id | Should -Be @('PaaS', 'IaaS')
            (Get-CloudServiceModel OnPremises | Get-CloudServiceModel) | Should -BeOfType CloudResponsibility.Model.ServiceModelInfo
        }

        It 'takes Select-Object output and Import-Csv rows with an Id column' {
            $file = Join-Path $TestDrive 'models.csv'
            Get-CloudServiceModel PaaS, OnPremises | Export-Csv $file
            (Import-Csv $file | Get-CloudServiceModel).Id | Should -Be @('PaaS', 'OnPremises')
            (Get-CloudServiceModel | Select-Object Id -Last 2 | Get-CloudServiceModel).Id | Should -Be @('IaaS', 'OnPremises')
        }
    }

    Context 'Tab completion' {
        It 'completes -Id and the position-0 argument with the models' {
            Get-CompletionText 'Get-CloudServiceModel -Id ' | Should -Be @('SaaS', 'PaaS', 'IaaS', 'OnPremises')
            Get-CompletionText 'Get-CloudServiceModel I' | Should -Be 'IaaS'
        }

        It 'completes -Language' {
            Get-CompletionText 'Get-CloudServiceModel -Language ' | Should -Be @('en', 'ja')
        }
    }

    Context 'Default view' {
        It 'shows Id, Name and Examples' {
            $text = Get-CloudServiceModel -Language en | Format-Plain
            Get-TableColumn $text | Should -Be @('Id', 'Name', 'Examples')
            (Get-TableRow $text) -replace '\s.*' | Should -Be @('SaaS', 'PaaS', 'IaaS', 'OnPremises')
            (Get-TableRow $text)[0] | Should -Match 'Google Apps'
        }
    }

    Context '-Language ja' {
        It 'describes IaaS in Japanese with the same ID' {
            $ja = Get-CloudServiceModel IaaS -Language ja
            $ja.Id | Should -Be 'IaaS'
            $ja.Language | Should -Be 'Ja'
            $ja.Name | Should -Match (Get-JapanesePattern)
            $ja.Description | Should -Match (Get-JapanesePattern)
            (Get-CloudServiceModel IaaS -Language en).Description | Should -Not -Match (Get-JapanesePattern)
        }
    }

    Context 'Pipelines users write' {
        It 'lists the cloud models, without the reference column, sorted by ID' {
            (Get-CloudServiceModel | Where-Object Id -ne 'OnPremises' | Sort-Object Id).Id | Should -Be @('IaaS', 'PaaS', 'SaaS')
        }

        It 'converts to JSON and back with -EnumsAsStrings' {
            $json = Get-CloudServiceModel -Language en | ConvertTo-Json -EnumsAsStrings | ConvertFrom-Json
            $json.ServiceModel | Should -Be @('SaaS', 'PaaS', 'IaaS', 'OnPremises')
            $json[2].Examples | Should -Match 'EC2'
        }
    }
}

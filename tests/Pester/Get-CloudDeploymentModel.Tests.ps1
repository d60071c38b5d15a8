# Get-CloudDeploymentModel as a pwsh user meets it. Run: ./build.ps1 -Task Test (or Invoke-Pester this file).
# The deployment models of CSO §2.1 table 2.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    $errorId = { param($id) "$id,CloudResponsibility.PowerShell.Commands.GetCloudDeploymentModelCommand" }
}

Describe 'Get-CloudDeploymentModel' {
    Context 'By ID (the ById parameter set)' {
        It 'writes the private, community, public and hybrid models, citing CSO §2.1' {
            $models = Get-CloudDeploymentModel
            $models.Id | Should -Be @('Private', 'Community', 'Public', 'Hybrid')
            $models.DeploymentModel | Should -Be @('Private', 'Community', 'Public', 'Hybrid')
            $models | ForEach-Object { $_.Source | Should -Match 'CSO §2\.1' }
        }

        It 'matches IDs with wildcards' {
            (Get-CloudDeploymentModel P*).Id | Should -Be @('Private', 'Public')
        }
    }

    Context 'Errors' {
        It 'writes UnknownId for a model that does not exist, and the rest' {
            $found = Get-CloudDeploymentModel Hybrid, Sovereign -ErrorVariable problems -ErrorAction SilentlyContinue
            $found.Id | Should -Be 'Hybrid'
            $problems[0].FullyQualifiedErrorId | Should -Be (& $errorId 'UnknownId')
            $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $problems[0].TargetObject | Should -Be 'Sovereign'
        }

        It 'stops at an unknown model with -ErrorAction Stop' {
            { Get-CloudDeploymentModel Sovereign -ErrorAction Stop } | Should -Throw -ErrorId (& $errorId 'UnknownId')
        }
    }

    Context 'Pipeline input (the FromPipeline parameter set)' {
        It 'passes its own objects through and takes Import-Csv rows with an Id column' {
            $file = Join-Path $TestDrive 'deployment-models.csv'
            Get-CloudDeploymentModel Community, Hybrid | Export-Csv $file
            (Get-CloudDeploymentModel Hybrid | Get-CloudDeploymentModel).Id | Should -Be 'Hybrid'
            (Import-Csv $file | Get-CloudDeploymentModel).Id | Should -Be @('Community', 'Hybrid')
        }

        It 'takes names, Select-Object output and the DeploymentModel values of an inventory' {
            ('Public', 'Private' | Get-CloudDeploymentModel).Id | Should -Be @('Public', 'Private')
            (Get-CloudDeploymentModel Community | Select-Object Id | Get-CloudDeploymentModel).Id | Should -Be 'Community'
            $used = Import-Csv (Join-Path (Get-SampleFolder) 'inventory.csv') | Where-Object DeploymentModel | Select-Object -ExpandProperty DeploymentModel -Unique
            ($used | Get-CloudDeploymentModel).Id | Should -Be @('Public', 'Private')
        }
    }

    Context 'Tab completion' {
        It 'completes -Id with the models' {
            Get-CompletionText 'Get-CloudDeploymentModel -Id ' | Should -Be @('Private', 'Community', 'Public', 'Hybrid')
            Get-CompletionText 'Get-CloudDeploymentModel h' | Should -Be 'Hybrid'
        }
    }

    Context 'Default view' {
        It 'shows Id, Name and Description' {
            $text = Get-CloudDeploymentModel -Language en | Format-Plain
            Get-TableColumn $text | Should -Be @('Id', 'Name', 'Description')
            (Get-TableRow $text) -replace '\s.*' | Should -Be @('Private', 'Community', 'Public', 'Hybrid')
        }
    }

    Context '-Language ja' {
        It 'describes the hybrid model in Japanese with the same ID' {
            $ja = Get-CloudDeploymentModel Hybrid -Language ja
            $ja.Id | Should -Be 'Hybrid'
            $ja.Language | Should -Be 'Ja'
            $ja.Name | Should -Match (Get-JapanesePattern)
            $ja.Description | Should -Match (Get-JapanesePattern)
        }
    }

    Context 'Pipelines users write' {
        It 'sorts by name and converts to JSON' {
            (Get-CloudDeploymentModel -Language en | Sort-Object Name).Id | Should -Be @('Community', 'Hybrid', 'Private', 'Public')
            $json = Get-CloudDeploymentModel Public -Language en | ConvertTo-Json | ConvertFrom-Json
            $json.Id | Should -Be 'Public'
            $json.Name | Should -Be (Get-CloudDeploymentModel Public -Language en).Name
        }
    }
}

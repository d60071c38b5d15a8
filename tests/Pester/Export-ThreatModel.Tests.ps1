# Export-ThreatModel as a pwsh user meets it. Run: ./build.ps1 -Task Test (or Invoke-Pester this file).
# The services are those of module/samples; relevance comes from the catalog's threat-relevance.csv.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    $errorId = { param($id) "$id,CloudResponsibility.PowerShell.Commands.ExportThreatModelCommand" }
    $inventory = Join-Path (Get-SampleFolder) 'inventory.csv'
    $overrides = Join-Path (Get-SampleFolder) 'contract-overrides.csv'
    $threatIds = @('TH-01', 'TH-02', 'TH-03', 'TH-04', 'TH-05')
}

Describe 'Export-ThreatModel' {
    Context 'Objects (no -Path)' {
        It 'writes one entry per service and threat, in inventory and catalog order' {
            $services = Import-CloudInventory $inventory
            $entries = $services | Export-ThreatModel
            $entries.Count | Should -Be ($services.Count * 5)
            ($entries | Select-Object -First 5).ThreatId | Should -Be $threatIds
            ($entries | Select-Object -First 5).ServiceName | Sort-Object -Unique | Should -Be $services[0].ServiceName
            $entries | ForEach-Object { $_ | Should -BeOfType CloudResponsibility.ThreatModel.ThreatModelEntry }
        }

        It 'rates the tenant-to-tenant threat by tenancy, and names the rule with its rationale' {
            $tenant = Import-CloudInventory $inventory | Export-ThreatModel | Where-Object ThreatId -eq 'TH-02'
            $public = $tenant | Where-Object ServiceName -eq 'Microsoft 365'
            $public.Relevance | Should -Be 'High'
            $public.RelevanceRule | Should -Be 'TR-09'
            $public.RelevanceRationale | Should -Match 'share'
            # A private PaaS with medical data: dedicated, but the sensitive data raises it from Low.
            ($tenant | Where-Object ServiceName -eq '電子カルテ連携基盤').Relevance | Should -Be 'Medium'
            ($tenant | Where-Object ServiceName -eq '社内ファイルサーバ').Relevance | Should -Be 'NotApplicable'
        }

        It 'works with Where-Object and Group-Object' {
            $groups = Import-CloudInventory $inventory | Export-ThreatModel | Where-Object Relevance -ne 'NotApplicable' | Group-Object Owner
            $groups.Name | Should -Contain 'Shared'
            $groups.Name | Should -Contain 'Customer'
            ($groups | Measure-Object Count -Sum).Sum | Should -Be 39
        }

        It 'lists the provider''s measures with their checks, and the customer''s layers after contract overrides' {
            $plain = Import-CloudInventory $inventory | Where-Object ServiceName -eq 'Azure App Service' | Export-ThreatModel | Where-Object ThreatId -eq 'TH-03'
            $overridden = Import-CloudInventory $inventory | Where-Object ServiceName -eq 'Azure App Service' | Export-ThreatModel -OverridePath $overrides | Where-Object ThreatId -eq 'TH-03'
            "$($plain.ProviderMitigations)" | Should -Be ((Get-CloudThreat TH-03).ProviderControlIds -join ' ')
            $plain.VerifyingChecks | Should -Contain 'CHK-TE-04'
            ($plain.CustomerMitigations | Where-Object Layer -eq 'Application').Owner | Should -Be 'Customer'
            $application = $overridden.CustomerMitigations | Where-Object Layer -eq 'Application'
            $application.Owner | Should -Be 'Shared'
            $application.Clause | Should -Match 'annex B'
        }

        It 'takes Import-Csv rows with Japanese headers, and a bare -ServiceModel' {
            $rows = @([pscustomobject]@{ 'サービス名' = 'kintone'; 'サービスモデル' = 'SaaS'; '実装方式' = 'Public' })
            ($rows | Export-ThreatModel).Count | Should -Be 5
            $bare = Export-ThreatModel -ServiceModel IaaS -DeploymentModel Private
            $bare[0].ServiceName | Should -Be 'IaaS Private'
            ($bare | Where-Object ThreatId -eq 'TH-03').Relevance | Should -Be 'High'
        }

        It 'answers in Japanese with -Language ja, IDs unchanged' {
            $entry = Export-ThreatModel -ServiceModel SaaS -DeploymentModel Public -Language ja | Select-Object -First 1
            $entry.Name | Should -Match (Get-JapanesePattern)
            $entry.ThreatId | Should -Be 'TH-01'
        }

        It 'names the service in the error record of a bad row, and the rest flows' {
            $rows = @(
                [pscustomobject]@{ ServiceName = 'Legacy CRM'; ServiceModel = 'XaaS' }
                [pscustomobject]@{ ServiceName = 'Mail'; ServiceModel = '' }
                [pscustomobject]@{ ServiceName = 'Files'; ServiceModel = 'SaaS' }
            )
            $entries = $rows | Export-ThreatModel -ErrorVariable problems -ErrorAction SilentlyContinue
            $entries.ServiceName | Sort-Object -Unique | Should -Be 'Files'
            $problems.Count | Should -Be 2
            $problems[0].FullyQualifiedErrorId | Should -Be (& $errorId 'UnknownServiceModel')
            "$($problems[0])" | Should -Match "Legacy CRM"
            $problems[1].FullyQualifiedErrorId | Should -Be (& $errorId 'MissingRequiredValue')
            "$($problems[1])" | Should -Match "'Mail'"
        }
    }

    Context 'Files' {
        BeforeEach { $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive ([guid]::NewGuid())) }

        It 'writes every service to one CSV that Import-Csv reads back' {
            $file = Join-Path $folder 'threat-model.csv'
            Import-CloudInventory $inventory | Export-ThreatModel $file -PassThru | Should -BeOfType System.IO.FileInfo
            $rows = Import-Csv $file
            $rows.Count | Should -Be 40
            $rows[0].ThreatId | Should -Be 'TH-01'
            $rows[0].ProviderMitigations | Should -Match '^CTL-T-05;'
            (Get-Content $file -Raw -Encoding utf8) | Should -Not -Match 'CloudResponsibility\.'
        }

        It 'writes JSON through the report writer' {
            $file = Join-Path $folder 'threat-model.json'
            Import-CloudInventory $inventory | Export-ThreatModel $file
            $json = Get-Content $file -Raw | ConvertFrom-Json
            $json.Count | Should -Be 40
            $json[1].AttackTechniques | Should -Contain 'T1611'
        }

        It 'writes a folder of Threat Dragon files, one per service, named after it' {
            $target = Join-Path $folder 'models'
            $files = Import-CloudInventory $inventory | Export-ThreatModel "$target/" -Format ThreatDragon -PassThru
            $files.Count | Should -Be 8
            $files | ForEach-Object { $_.PSPath | Should -Be (Get-Item -LiteralPath $_.FullName).PSPath }
            ($files | Format-Table | Out-String) | Should -Be (Get-Item -LiteralPath $files.FullName | Format-Table | Out-String)
            $files.Name | Should -Contain '電子カルテ連携基盤.threat-dragon.json'
            $files.Name | Should -Contain 'Amazon EC2 (設計データ).threat-dragon.json'
            $model = Get-Content ($files | Where-Object Name -eq 'kintone.threat-dragon.json').FullName -Raw | ConvertFrom-Json
            $process = $model.detail.diagrams[0].cells | Where-Object shape -eq 'process'
            $process.data.threats.Count | Should -Be 5
            $process.data.threats[0].severity | Should -Be 'High'
        }

        It 'numbers services whose names make the same file name' {
            $rows = @(
                [pscustomobject]@{ ServiceName = 'CRM/EU'; ServiceModel = 'SaaS' }
                [pscustomobject]@{ ServiceName = 'CRM:EU'; ServiceModel = 'SaaS' }
            )
            ($rows | Export-ThreatModel $folder.FullName -Format Otm -PassThru).Name | Should -Be @('CRM_EU.otm.json', 'CRM_EU (2).otm.json')
        }

        It 'writes a Markdown model of a bare service, with the open questions for the vendor' {
            $file = Join-Path $folder 'platform.md'
            Export-ThreatModel -ServiceModel PaaS -DeploymentModel Private -ServiceName 'New platform' -Path $file
            $text = Get-Content $file -Raw
            $text | Should -Match '# Threat model: New platform'
            $text | Should -Match '## Open questions for the vendor'
            $text | Should -Match 'CHK-TE-04'
        }

        It 'gives byte-identical files for the same input' {
            foreach ($format in 'Csv', 'Json', 'Markdown') {
                Import-CloudInventory $inventory | Export-ThreatModel (Join-Path $folder "a.$format") -Format $format
                Import-CloudInventory $inventory | Export-ThreatModel (Join-Path $folder "b.$format") -Format $format
                (Get-FileHash (Join-Path $folder "a.$format")).Hash | Should -Be (Get-FileHash (Join-Path $folder "b.$format")).Hash -Because $format
            }
            Import-CloudInventory $inventory | Export-ThreatModel "$folder/x/" -Format Otm
            Import-CloudInventory $inventory | Export-ThreatModel "$folder/y/" -Format Otm
            foreach ($file in Get-ChildItem (Join-Path $folder 'x')) {
                (Get-FileHash $file.FullName).Hash | Should -Be (Get-FileHash (Join-Path $folder "y/$($file.Name)")).Hash
            }
        }

        It 'writes a workbook from the .xlsx extension: one row per entry under the header' {
            $file = Join-Path $folder 'threats.xlsx'
            $entries = @(Import-CloudInventory $inventory | Export-ThreatModel)
            Import-CloudInventory $inventory | Export-ThreatModel $file
            $file | Should -Exist
            $zip = [System.IO.Compression.ZipFile]::OpenRead($file)
            try { $sheet = ($zip.Entries | Where-Object FullName -eq 'xl/worksheets/sheet1.xml' | ForEach-Object { [System.IO.StreamReader]::new($_.Open()).ReadToEnd() }) }
            finally { $zip.Dispose() }
            ([regex]::Matches($sheet, '<row ')).Count | Should -Be ($entries.Count + 1)
        }

        It 'stops with ThreatModelNeedsFolder before writing when several services go to one Threat Dragon file' {
            $file = Join-Path $folder 'all.threat-dragon.json'
            { Import-CloudInventory $inventory | Export-ThreatModel $file } | Should -Throw -ErrorId (& $errorId 'ThreatModelNeedsFolder')
            $file | Should -Not -Exist
            Get-ChildItem $folder -Force | Should -BeNullOrEmpty
        }

        It 'asks for -Format for a folder, and refuses -Append for whole-file formats' {
            { Export-ThreatModel -ServiceModel SaaS -Path "$folder/" } | Should -Throw -ErrorId (& $errorId 'UnknownReportFormat')
            { Export-ThreatModel -ServiceModel SaaS -Path (Join-Path $folder 'x.md') -Append } | Should -Throw -ErrorId (& $errorId 'AppendNotSupported')
        }

        It 'writes nothing with -WhatIf, and keeps the old file with -NoClobber' {
            $file = Join-Path $folder 'kept.md'
            Export-ThreatModel -ServiceModel SaaS -Path $file -WhatIf
            $file | Should -Not -Exist
            Set-Content $file 'old'
            { Export-ThreatModel -ServiceModel SaaS -Path $file -NoClobber } | Should -Throw -ErrorId (& $errorId 'FileExists')
            Get-Content $file | Should -Be 'old'
            Import-CloudInventory $inventory | Export-ThreatModel "$folder/new/" -Format Markdown -WhatIf
            Join-Path $folder 'new' | Should -Not -Exist
        }

        It 'marks the provider measures the vendor''s answers leave unverified, with -Disclosure' {
            $samples = Get-SampleFolder
            # Last year's answers: an expired certificate and an assessment without its report leave application security unverified.
            $disclosure = Test-VendorDisclosure (Join-Path $samples 'questionnaires/kintone-2025.csv') -Inventory (Import-CloudInventory $inventory) -AsOf 2026-12-01
            $entries = Import-CloudInventory $inventory | Where-Object ServiceName -eq 'kintone' | Export-ThreatModel -Disclosure $disclosure
            $failedControls = $disclosure | Where-Object Outcome -in 'Fail', 'Missing', 'Expired', 'NoEvidence', 'Partial' | ForEach-Object { $_.ProviderControlIds } | Sort-Object -Unique
            $unverified = $entries.ProviderMitigations | Where-Object Verification -eq 'Unverified'
            $unverified | Should -Not -BeNullOrEmpty
            $unverified.ControlId | Sort-Object -Unique | Should -Be @($entries.ProviderMitigations.ControlId | Sort-Object -Unique | Where-Object { $_ -in $failedControls })
            $entries.UnverifiedMitigations | Should -Contain "$($unverified[0].ControlId):$($unverified[0].Outcome)"
            $file = Join-Path $folder 'kintone.md'
            Import-CloudInventory $inventory | Where-Object ServiceName -eq 'kintone' | Export-ThreatModel $file -Disclosure $disclosure
            Get-Content $file -Raw | Should -Match 'unverified: '
        }
    }
}

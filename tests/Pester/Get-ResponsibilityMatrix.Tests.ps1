# Get-ResponsibilityMatrix as a pwsh user meets it. Run: ./build.ps1 -Task Test (or Invoke-Pester this file).
# The owners asserted are MIC-GL3 I.6.1–I.6.3's split; the services those of module/samples.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    $errorId = { param($id) "$id,CloudResponsibility.PowerShell.Commands.GetResponsibilityMatrixCommand" }
    $inventory = Join-Path (Get-SampleFolder) 'inventory.csv'
    $overrides = Join-Path (Get-SampleFolder) 'contract-overrides.csv'
    $layers = @('Data', 'AccountsAndAccess', 'Application', 'Middleware', 'GuestOS', 'Virtualization', 'PhysicalInfrastructure', 'Network', 'Facility')
    # The guideline's table: per layer, the owner under SaaS, PaaS, IaaS.
    $guideline = [ordered]@{
        Data                   = 'Customer', 'Customer', 'Customer'
        AccountsAndAccess      = 'Shared', 'Customer', 'Customer'
        Application            = 'Provider', 'Customer', 'Customer'
        Middleware             = 'Provider', 'Shared', 'Customer'
        GuestOS                = 'Provider', 'Provider', 'Customer'
        Virtualization         = 'Provider', 'Provider', 'Provider'
        PhysicalInfrastructure = 'Provider', 'Provider', 'Provider'
        Network                = 'Provider', 'Provider', 'Provider'
        Facility               = 'Provider', 'Provider', 'Provider'
    }
}

Describe 'Get-ResponsibilityMatrix' {
    Context 'The catalog''s matrix (the Catalog parameter set)' {
        It 'writes all 36 cells, model by model, top of the stack first' {
            $cells = Get-ResponsibilityMatrix
            $cells.Count | Should -Be 36
            ($cells | Where-Object ServiceModel -eq 'PaaS').Layer | Should -Be $layers
            $cells | ForEach-Object { $_ | Should -BeOfType CloudResponsibility.Model.ResponsibilityEntry }
        }

        It 'gives MIC-GL3 I.6''s owner for every layer under SaaS, PaaS and IaaS, and the customer''s on premises' {
            foreach ($layer in $guideline.Keys) {
                $owners = @('SaaS', 'PaaS', 'IaaS', 'OnPremises' | ForEach-Object { (Get-ResponsibilityMatrix $_ -Layer $layer).Owner })
                $owners | Should -Be @($guideline[$layer] + 'Customer') -Because "the guideline's $layer row"
            }
        }

        It 'filters by -ServiceModel, -Layer and -Owner' {
            (Get-ResponsibilityMatrix IaaS -Owner Customer).Layer | Should -Be @('Data', 'AccountsAndAccess', 'Application', 'Middleware', 'GuestOS')
            (Get-ResponsibilityMatrix -Layer Middleware).Owner | Should -Be @('Provider', 'Shared', 'Customer', 'Customer')
            (Get-ResponsibilityMatrix SaaS, PaaS -Owner Shared).Id | Should -Be @('SaaS.AccountsAndAccess', 'PaaS.Middleware')
        }

        It 'gives both parties'' duties in a shared cell and cites the guideline section' {
            $cell = Get-ResponsibilityMatrix PaaS -Layer Middleware
            $cell.CustomerDuty | Should -Not -BeNullOrEmpty
            $cell.ProviderDuty | Should -Not -BeNullOrEmpty
            $cell.Source | Should -Match 'MIC-GL3 I\.6\.2'
            (Get-ResponsibilityMatrix SaaS -Layer Data).Source | Should -Match 'MIC-GL3 I\.6\.1'
            (Get-ResponsibilityMatrix IaaS -Layer GuestOS).Source | Should -Match 'MIC-GL3 I\.6\.3'
        }
    }

    Context '-Pivot (the Pivot parameter set)' {
        It 'lays the matrix out as the guideline''s table: a row per layer, a column per model' {
            $rows = Get-ResponsibilityMatrix -Pivot
            $rows.Layer | Should -Be $layers
            foreach ($row in $rows) {
                @($row.SaaS, $row.PaaS, $row.IaaS, $row.OnPremises) | Should -Be @($guideline[[string]$row.Layer] + 'Customer')
            }
        }

        It 'takes -Layer, and -AsTable as another name' {
            $rows = Get-ResponsibilityMatrix -AsTable -Layer Middleware, GuestOS
            $rows.Layer | Should -Be @('Middleware', 'GuestOS')
            $rows[0].PaaS | Should -Be 'Shared'
        }

        It 'does not take -Owner, which belongs to other parameter sets' {
            { Get-ResponsibilityMatrix -Pivot -Owner Customer } | Should -Throw -ErrorId (& $errorId 'AmbiguousParameterSet')
        }
    }

    Context 'Services (the Service parameter set)' {
        It 'resolves nine rows per service of the sample inventory' {
            $rows = Import-CloudInventory $inventory | Get-ResponsibilityMatrix
            $rows.Count | Should -Be (9 * 8)
            $groups = $rows | Group-Object ServiceName
            $groups.Count | Should -Be 8
            $groups | ForEach-Object { $_.Group.Layer | Should -Be $layers }
            $rows | ForEach-Object { $_ | Should -BeOfType CloudResponsibility.Resolution.ServiceResponsibility }
        }

        It 'applies the inventory''s ContractOverrides column, keeping the general owner and citing the clause' {
            $rows = Import-CloudInventory $inventory | Get-ResponsibilityMatrix
            $overridden = $rows | Where-Object IsOverridden
            @($overridden | ForEach-Object { '{0}/{1}={2}' -f $_.ServiceName, $_.Layer, $_.Owner }) |
                Should -Be @('kintone/AccountsAndAccess=Customer', '電子カルテ連携基盤/Middleware=Provider', 'Amazon EC2 (設計データ)/Data=Shared')
            $kintone = $overridden | Where-Object ServiceName -eq 'kintone'
            $kintone.GeneralOwner | Should -Be 'Shared'
            $kintone.Clause | Should -Be '利用規約 第8条'
        }

        It 'warns of each override row whose service is not in the input, naming file, row and service' {
            $file = Join-Path $TestDrive 'overrides-typo.csv'
            @('ServiceName,Layer,Owner,Clause', 'Salesforce Sales Cloud,Data,Shared,Art. 1', 'Salesforse Sales Cloud,Network,Customer,Art. 2') | Set-Content $file -Encoding utf8
            $rows = Import-CloudInventory $inventory | Get-ResponsibilityMatrix -OverridePath $file -WarningVariable warnings -WarningAction SilentlyContinue
            $rows.Count | Should -Be 72
            $warnings.Count | Should -Be 1
            "$($warnings[0])" | Should -BeLike "*'overrides-typo.csv', row 3*Salesforse Sales Cloud*"
            Import-CloudInventory $inventory | Get-ResponsibilityMatrix -OverridePath $overrides -WarningVariable none -WarningAction SilentlyContinue | Out-Null
            $none.Count | Should -Be 0
        }

        It 'applies an -OverridePath file on top, the file winning' {
            $rows = Import-CloudInventory $inventory | Get-ResponsibilityMatrix -OverridePath $overrides
            ($rows | Where-Object IsOverridden).Count | Should -Be 5
            $salesforce = $rows | Where-Object { $_.ServiceName -eq 'Salesforce Sales Cloud' -and $_.Layer -eq 'Data' }
            $salesforce.Owner | Should -Be 'Shared'
            $salesforce.GeneralOwner | Should -Be 'Customer'
            $salesforce.Clause | Should -Match '^MSA §7\.3'
        }

        It 'filters a service''s rows by -Owner and -Layer after the overrides' {
            $kintone = Import-CloudInventory $inventory | Where-Object ServiceName -eq kintone
            ($kintone | Get-ResponsibilityMatrix -Owner Customer).Layer | Should -Be @('Data', 'AccountsAndAccess')
            ($kintone | Get-ResponsibilityMatrix -Layer Application).Owner | Should -Be 'Provider'
        }

        It 'takes Import-Csv rows, with English or Japanese headers, as services' {
            $rows = Import-Csv $inventory -Encoding utf8 | Get-ResponsibilityMatrix
            ($rows | Group-Object ServiceName).Count | Should -Be 8
            ($rows | Where-Object IsOverridden).Count | Should -Be 3
            $japanese = Import-Csv (Get-InventoryFixture 'japanese-utf8.csv') -Encoding utf8 | Get-ResponsibilityMatrix
            ($japanese | Where-Object Layer -eq GuestOS).Owner | Should -Be @('Provider', 'Customer')
            ($japanese | Select-Object -First 1).ServiceName | Should -Be '経費精算'
        }

        It 'takes Select-Object output and hand-made objects' {
            $rows = Import-CloudInventory $inventory | Select-Object ServiceName, ServiceModel | Get-ResponsibilityMatrix -Owner Customer
            ($rows | Where-Object ServiceName -eq '社内ファイルサーバ').Layer | Should -Be $layers
            ([pscustomobject]@{ ServiceName = 'CRM'; ServiceModel = 'paas' } | Get-ResponsibilityMatrix -Layer Middleware).Owner | Should -Be 'Shared'
        }

        It 'takes hashtables and ordered dictionaries as services, their keys as columns' {
            (@{ ServiceName = 'CRM'; ServiceModel = 'paas' } | Get-ResponsibilityMatrix -Layer Middleware).Owner | Should -Be 'Shared'
            $rows = [ordered]@{ ServiceName = 'Files'; ServiceModel = 'SaaS'; ContractOverrides = 'Data=Shared' } | Get-ResponsibilityMatrix -Layer Data
            ($rows.Owner, $rows.IsOverridden) | Should -Be @('Shared', $true)
            @{ ServiceName = 'CRM' } | Get-ResponsibilityMatrix -ErrorVariable problems -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $problems.FullyQualifiedErrorId | Should -Be 'MissingRequiredColumn,CloudResponsibility.PowerShell.Commands.GetResponsibilityMatrixCommand'
        }

    }

    Context 'Errors' {
        It 'writes an error record naming each piped value that is not a record, and resolves the rest' {
            $rows = @(42, $true, 'just text') + @(Import-CloudInventory $inventory | Select-Object -First 1) |
                Get-ResponsibilityMatrix -ErrorVariable errs -ErrorAction SilentlyContinue
            $rows.Count | Should -Be 9
            $errs.Count | Should -Be 3
            $errs | ForEach-Object { $_.FullyQualifiedErrorId | Should -Be (& $errorId 'NotARecord') }
            $errs.TargetObject | Should -Be @(42, $true, 'just text')
            "$($errs[0])" | Should -Match "'42'"
        }

        It 'gives a file piped from Get-Item or Get-ChildItem NotARecord, as a string gets, rather than blame its content' {
            # The file's properties (Name, Length …) are no inventory columns: read it with Import-CloudInventory.
            $rows = Get-Item $inventory | Get-ResponsibilityMatrix -ErrorVariable errs -ErrorAction SilentlyContinue
            $rows | Should -BeNullOrEmpty
            $errs.FullyQualifiedErrorId | Should -Be (& $errorId 'NotARecord')
            $errs.TargetObject.FullName | Should -Be (Get-Item $inventory).FullName
            "$errs" | Should -BeLike "The input '*inventory.csv' (a FileInfo) is not a record: pipe objects from Import-CloudInventory*"
            Get-Item (Get-SampleFolder) | Get-ResponsibilityMatrix -ErrorVariable folder -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $folder.FullyQualifiedErrorId | Should -Be (& $errorId 'NotARecord')
        }

        It 'passes matrix rows piped back in through unchanged instead of multiplying them' {
            $matrix = Import-CloudInventory $inventory | Get-ResponsibilityMatrix
            $again = $matrix | Get-ResponsibilityMatrix
            $again.Count | Should -Be $matrix.Count
            for ($i = 0; $i -lt $matrix.Count; $i++) { [object]::ReferenceEquals($again[$i], $matrix[$i]) | Should -BeTrue }
            ($matrix | Get-ResponsibilityMatrix -Owner Provider).Count | Should -Be @($matrix | Where-Object Owner -eq 'Provider').Count
        }

        It 'rejects an unknown service model with a binding error' {
            { Get-ResponsibilityMatrix -ServiceModel FaaS -ErrorAction Stop } | Should -Throw -ErrorId (& $errorId 'CannotConvertArgumentNoMessage')
        }

        It 'writes UnknownServiceModel for a bad object, naming column and value, and resolves the rest' {
            $rows = [pscustomobject]@{ ServiceName = 'X'; ServiceModel = 'FaaS' }, [pscustomobject]@{ ServiceName = 'Y'; ServiceModel = 'SaaS' } |
                Get-ResponsibilityMatrix -ErrorVariable problems -ErrorAction SilentlyContinue
            ($rows | Group-Object ServiceName).Name | Should -Be 'Y'
            $problems.Count | Should -Be 1
            $problems[0].FullyQualifiedErrorId | Should -Be (& $errorId 'UnknownServiceModel')
            $problems[0].CategoryInfo.Category | Should -Be 'InvalidData'
            # The type Import-CloudInventory's errors have as their target.
            $problems[0].TargetObject.GetType().FullName | Should -Be 'CloudResponsibility.Inventory.InventoryError'
            $problems[0].TargetObject.InputPosition | Should -Be 1
            $problems[0].TargetObject.Column | Should -Be 'ServiceModel'
            $problems[0].TargetObject.Value | Should -Be 'FaaS'
            $problems[0].Exception.Message | Should -BeLike "Input object 1, column 'ServiceModel': 'FaaS' *"
        }

        It 'places an Import-Csv row''s error by its position among the objects, not a file row it cannot know, in both languages' {
            $file = Join-Path $TestDrive 'blank-lines.csv'
            Set-Content $file "ServiceName,ServiceModel,Note`nA,SaaS,x`n`nB,PaaS,""two`nlines""`n`n`nC,SaaX,y`n" -Encoding utf8
            Import-Csv $file | Get-ResponsibilityMatrix -ErrorVariable problems -ErrorAction SilentlyContinue | Out-Null
            $problems.Count | Should -Be 1
            $problems[0].Exception.Message | Should -BeLike "Input object 3, column 'ServiceModel': 'SaaX' *"
            $problems | ForEach-Object TargetObject | Format-Table ErrorId, InputPosition, Column, Value | Out-String | Should -Match 'UnknownServiceModel\s+3\s+ServiceModel\s+SaaX'
            Import-Csv $file | Get-ResponsibilityMatrix -Language ja -ErrorVariable ja -ErrorAction SilentlyContinue | Out-Null
            $ja[0].Exception.Message | Should -BeLike "3 番目の入力オブジェクト、列 'ServiceModel'：'SaaX' *"
        }

        It 'writes MissingRequiredColumn for objects without ServiceName or ServiceModel' {
            [pscustomobject]@{ Name = 'X' } | Get-ResponsibilityMatrix -ErrorVariable problems -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $problems.FullyQualifiedErrorId | Sort-Object -Unique | Should -Be (& $errorId 'MissingRequiredColumn')
        }

        It 'stops at a bad object with -ErrorAction Stop' {
            { [pscustomobject]@{ ServiceName = 'X'; ServiceModel = 'FaaS' } | Get-ResponsibilityMatrix -ErrorAction Stop } |
                Should -Throw -ErrorId (& $errorId 'UnknownServiceModel')
        }

        It 'stops with OverrideFileNotFound when the override file does not exist' {
            { Import-CloudInventory $inventory | Get-ResponsibilityMatrix -OverridePath (Join-Path $TestDrive 'none.csv') } |
                Should -Throw -ErrorId (& $errorId 'OverrideFileNotFound')
        }
    }

    Context 'Tab completion' {
        It 'completes the enum parameters' {
            Get-CompletionText 'Get-ResponsibilityMatrix -ServiceModel ' | Should -Be @('IaaS', 'OnPremises', 'PaaS', 'SaaS')
            Get-CompletionText 'Get-ResponsibilityMatrix -Owner ' | Should -Be @('Customer', 'Provider', 'Shared')
            Get-CompletionText 'Get-ResponsibilityMatrix -Layer G' | Should -Be 'GuestOS'
        }
    }

    Context 'Default views' {
        It 'shows the catalog''s cells grouped by model: Layer, Owner, CustomerDuty, ProviderDuty' {
            $text = Get-ResponsibilityMatrix SaaS -Language en | Format-Plain
            $text | Should -Match 'ServiceModel: SaaS'
            Get-TableColumn $text | Should -Be @('Layer', 'Owner', 'CustomerDuty', 'ProviderDuty')
            $rows = @(Get-TableRow $text)
            $rows.Count | Should -Be 9
            $rows[1] | Should -Match '^AccountsAndAccess\s+Shared\s+\S'
        }

        It 'shows the pivot as the guideline''s table' {
            $text = Get-ResponsibilityMatrix -Pivot -Language en | Format-Plain
            Get-TableColumn $text | Should -Be @('Layer', 'SaaS', 'PaaS', 'IaaS', 'OnPremises', 'LayerName')
            (Get-TableRow $text)[3] | Should -Match '^Middleware\s+Provider\s+Shared\s+Customer\s+Customer\s+Middleware$'
        }

        It 'shows a service''s rows grouped by service: Layer, Owner, General, Clause, CustomerDuty' {
            $text = Import-CloudInventory $inventory | Where-Object ServiceName -eq kintone | Get-ResponsibilityMatrix -Language en | Format-Plain
            $text | Should -Match 'ServiceName: kintone'
            Get-TableColumn $text | Should -Be @('Layer', 'Owner', 'General', 'Clause', 'CustomerDuty')
            (Get-TableRow $text)[1] | Should -Match '^AccountsAndAccess\s+Customer\s+Shared\s+利用規約 第8条\s+\S'
        }
    }

    Context '-Language ja' {
        It 'writes layer names and duties in Japanese and keeps layers, owners and IDs' {
            $ja = Get-ResponsibilityMatrix -Pivot -Language ja
            $ja.Layer | Should -Be $layers
            $ja | ForEach-Object { $_.LayerName | Should -Match (Get-JapanesePattern) }
            $rows = Import-CloudInventory $inventory | Get-ResponsibilityMatrix -Language ja
            $rows.Owner | Should -Be (Import-CloudInventory $inventory | Get-ResponsibilityMatrix -Language en).Owner
            ($rows | Where-Object Owner -eq Customer | Select-Object -First 1).CustomerDuty | Should -Match (Get-JapanesePattern)
        }
    }

    Context 'Pipelines users write' {
        It 'filters with Where-Object on typed properties' {
            (Get-ResponsibilityMatrix IaaS | Where-Object Owner -eq 'Customer').Layer | Should -Be @('Data', 'AccountsAndAccess', 'Application', 'Middleware', 'GuestOS')
            (Get-ResponsibilityMatrix | Where-Object { $_.Owner -eq 'Shared' } | Sort-Object LayerOrder -Descending).Id | Should -Be @('PaaS.Middleware', 'SaaS.AccountsAndAccess')
        }

        It 'lists, per service, the layers it leaves to us' {
            $ours = Import-CloudInventory $inventory | Get-ResponsibilityMatrix -OverridePath $overrides |
                Where-Object Owner -ne Provider | Sort-Object ServiceName, LayerOrder | Group-Object ServiceName -AsHashTable -AsString
            $ours.Count | Should -Be 8
            $ours['kintone'].Layer | Should -Be @('Data', 'AccountsAndAccess')
            $ours['Azure App Service'].Layer | Should -Be @('Data', 'AccountsAndAccess', 'Application', 'Middleware')
            $ours['電子カルテ連携基盤'].Layer | Should -Be @('Data', 'AccountsAndAccess', 'Application')
            $ours['社内ファイルサーバ'].Layer | Should -Be $layers
        }

        It 'groups the customer''s and shared layers of Import-Csv services' {
            $groups = Import-Csv $inventory -Encoding utf8 | Get-ResponsibilityMatrix -Owner Customer, Shared | Group-Object ServiceName
            $groups.Count | Should -Be 8
            ($groups | Where-Object Name -eq 'Microsoft 365').Group.Layer | Should -Be @('Data', 'AccountsAndAccess')
        }

        It 'round-trips through Export-Csv and Import-Csv' {
            $file = Join-Path $TestDrive 'matrix.csv'
            $rows = Import-CloudInventory $inventory | Get-ResponsibilityMatrix
            $rows | Export-Csv $file
            $back = Import-Csv $file
            $back.Count | Should -Be 72
            $back.ServiceName | Should -Be $rows.ServiceName
            $back.Layer | Should -Be $rows.Layer.ForEach([string])
            $back.Owner | Should -Be $rows.Owner.ForEach([string])
            $back[0].IsOverridden | Should -Be 'False'
        }

        It 'converts the pivot to JSON with owner names' {
            $json = Get-ResponsibilityMatrix -Pivot | ConvertTo-Json -EnumsAsStrings | ConvertFrom-Json
            $json.Layer | Should -Be $layers
            ($json | Where-Object Layer -eq 'Middleware').PaaS | Should -Be 'Shared'
        }
    }
}

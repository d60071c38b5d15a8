# Pester 5 specs of the module beside others in one session (issue 27): on PowerShell 7 its
# dependencies load in a load context of its own, and what scripts see stays as it was.
# The neighbour is tests/Modules/CsvNeighbour, a binary module on CsvHelper 33.1.0 that the solution
# builds into out/test-modules. Each session-level spec runs in a fresh pwsh, as a user's new session
# or scheduled job does, since an assembly once loaded stays for the life of the process.
BeforeAll {
    $root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).ProviderPath
    $manifest = Join-Path $root 'CloudResponsibility.psd1'
    $neighbour = Join-Path $root 'out/test-modules/CsvNeighbour/CsvNeighbour.psd1'
    $inventory = Join-Path $root 'module/samples/inventory.csv'
    $dependencies = Join-Path $root 'module/bin/Core/Dependencies'
    if (-not (Test-Path -LiteralPath $neighbour)) { throw "The test module '$neighbour' is missing: build the solution (dotnet build CloudResponsibility.sln)." }

    # Runs a script block in a new pwsh and returns its output objects (deserialized): each step
    # below returns a value or the message of what failed, so a failure shows PowerShell's own words.
    function Invoke-FreshSession([scriptblock] $ScriptBlock, [object[]] $ArgumentList) {
        # The pinned pwsh runs as `dotnet pwsh.dll`.
        $process = [Environment]::ProcessPath
        if ([IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') {
            & $process (Join-Path $PSHOME 'pwsh.dll') -NoProfile -NonInteractive -Command $ScriptBlock -args $ArgumentList
        }
        else { & $process -NoProfile -NonInteractive -Command $ScriptBlock -args $ArgumentList }
    }

    # The steps a session takes with either module, as text for the child session.
    $steps = {
        function Step([scriptblock] $step) { try { & $step } catch { "failed: $($_.Exception.Message)" } }
        function Use-Neighbour { Step { @(Import-NeighbourCsv -Path $inventory).Count } }
        function Use-CloudResponsibility {
            Step {
                $report = Join-Path ([IO.Path]::GetTempPath()) ("load-context-" + [guid]::NewGuid().ToString('n') + '.csv')
                try { @(Import-CloudInventory -Path $inventory | Get-ResponsibilityMatrix | Export-CloudReport -Path $report -PassThru | Import-Csv).Count }
                finally { Remove-Item -LiteralPath $report -ErrorAction SilentlyContinue }
            }
        }
    }.ToString()
}

Describe 'Beside a module that uses another version of CsvHelper' {
    It 'works when the other module was imported and used first, and the other module keeps working' {
        $result = Invoke-FreshSession -ArgumentList $manifest, $neighbour, $inventory, $steps -ScriptBlock {
            param($manifest, $neighbour, $inventory, $steps)
            . ([scriptblock]::Create($steps))
            Import-Module $neighbour -ErrorAction Stop
            $before = Use-Neighbour
            Import-Module $manifest -ErrorAction Stop
            [pscustomobject]@{ NeighbourBefore = $before; Ours = Use-CloudResponsibility; NeighbourAfter = Use-Neighbour }
        }
        $result.NeighbourBefore | Should -Be 8
        $result.Ours | Should -Be (9 * 8)
        $result.NeighbourAfter | Should -Be 8
    }

    It 'works when it was imported and used first, and the other module then works' {
        $result = Invoke-FreshSession -ArgumentList $manifest, $neighbour, $inventory, $steps -ScriptBlock {
            param($manifest, $neighbour, $inventory, $steps)
            . ([scriptblock]::Create($steps))
            Import-Module $manifest -ErrorAction Stop
            $before = Use-CloudResponsibility
            Import-Module $neighbour -ErrorAction Stop
            [pscustomobject]@{ OursBefore = $before; Neighbour = Use-Neighbour; OursAfter = Use-CloudResponsibility }
        }
        $result.OursBefore | Should -Be (9 * 8)
        $result.Neighbour | Should -Be 8
        $result.OursAfter | Should -Be (9 * 8)
    }

    It 'works again after Remove-Module and a new import, with objects of the first import still in use' {
        $result = Invoke-FreshSession -ArgumentList $manifest, $neighbour, $inventory, $steps -ScriptBlock {
            param($manifest, $neighbour, $inventory, $steps)
            . ([scriptblock]::Create($steps))
            Import-Module $manifest -ErrorAction Stop
            $services = Import-CloudInventory -Path $inventory
            Remove-Module CloudResponsibility
            Import-Module $neighbour -ErrorAction Stop
            Import-Module $manifest -ErrorAction Stop
            [pscustomobject]@{ Kept = Step { $services[0].CostCenter }; Again = Use-CloudResponsibility; Piped = Step { @($services | Get-ResponsibilityMatrix).Count }; Neighbour = Use-Neighbour }
        }
        $result.Kept | Should -Be 'IT-100'
        $result.Again | Should -Be (9 * 8)
        $result.Piped | Should -Be (9 * 8)
        $result.Neighbour | Should -Be 8
    }
}

Describe 'Its dependencies, in a load context of its own' {
    It 'leaves none of its dependencies in the default load context after a full pipeline' {
        $shipped = @(Get-ChildItem -LiteralPath $dependencies -Filter '*.dll' | ForEach-Object BaseName)
        $shipped | Should -Contain 'CsvHelper'
        $shipped | Should -Contain 'CloudResponsibility'
        $loaded = Invoke-FreshSession -ArgumentList $manifest, $neighbour, $inventory, $steps -ScriptBlock {
            param($manifest, $neighbour, $inventory, $steps)
            . ([scriptblock]::Create($steps))
            Import-Module $manifest -ErrorAction Stop
            $rows = Use-CloudResponsibility
            foreach ($context in [System.Runtime.Loader.AssemblyLoadContext]::All) {
                foreach ($assembly in $context.Assemblies) {
                    [pscustomobject]@{ Context = $context.Name; Name = $assembly.GetName().Name; Location = $assembly.Location; Rows = $rows }
                }
            }
        }
        $loaded[0].Rows | Should -Be (9 * 8)
        $ours = @($loaded | Where-Object Name -In $shipped)
        $ours | Where-Object Context -EQ 'Default' | Should -BeNullOrEmpty
        # Both loaded, from the module's folder, into its own context: the pipeline did use them.
        foreach ($name in 'CsvHelper', 'CloudResponsibility') {
            $assembly = $ours | Where-Object Name -EQ $name
            $assembly.Context | Should -Be 'CloudResponsibility'
            $assembly.Location | Should -Be (Join-Path $dependencies "$name.dll")
        }
        ($loaded | Where-Object Name -EQ 'CloudResponsibility.Types').Context | Should -Be 'Default'
    }
}

Describe 'What scripts see' {
    BeforeAll {
        Import-Module $manifest -Force -ErrorAction Stop
        $services = Import-CloudInventory -Path $inventory
        $rows = $services | Get-ResponsibilityMatrix
    }

    It 'names the model''s types' {
        [CloudResponsibility.Model.ServiceModel]::SaaS | Should -Be 'SaaS'
        $services[0] -is [CloudResponsibility.Model.CloudService] | Should -BeTrue
        $rows[0] -is [CloudResponsibility.Resolution.ServiceResponsibility] | Should -BeTrue
        ($services | Get-LegalConsideration)[0] -is [CloudResponsibility.Resolution.ServiceLegalFinding] | Should -BeTrue
    }

    It 'names every type a cmdlet takes or writes' {
        $commands = Get-Command -Module CloudResponsibility
        $commands.Count | Should -BeGreaterThan 10
        $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
        $types = @(
            $commands.Parameters.Values | Where-Object Name -NotIn $common | ForEach-Object ParameterType
            $commands.OutputType | ForEach-Object Type
        ) | ForEach-Object { $t = $_; while ($t.HasElementType) { $t = $t.GetElementType() }; [Nullable]::GetUnderlyingType($t) ?? $t } |
            Where-Object { $_.Namespace -like 'CloudResponsibility*' } | Sort-Object FullName -Unique
        $types.Count | Should -BeGreaterThan 10
        $unnamed = @($types | Where-Object { ($_.FullName -as [type]) -ne $_ } | ForEach-Object FullName)
        $unnamed | Should -BeNullOrEmpty -Because 'a type a script cannot name must compile into CloudResponsibility.Types (src/CloudResponsibility.Types/PublicTypes.props)'
    }

    It 'shows the inventory''s extra columns through the type adapter' {
        $services[0].CostCenter | Should -Be 'IT-100'
        ($services | Get-LegalConsideration)[0].CostCenter | Should -Not -BeNullOrEmpty
        ($services[0] | Get-Member -Name CostCenter).MemberType | Should -Be 'Property'
    }

    It 'formats rows with the module''s default view' {
        $text = $rows[0] | Format-Table | Out-String
        $text | Should -Match 'ServiceName: '
        $text | Should -Match '\bGeneral\b'
        $text | Should -Not -Match 'GeneralOwner'
    }

    It 'completes <Line> with <Expected>' -ForEach @(
        @{ Line = 'Get-CloudThreat -Id TH-0'; Expected = 'TH-01' }
        @{ Line = 'Get-ResponsibilityMatrix -ServiceModel Sa'; Expected = 'SaaS' }
        @{ Line = 'Import-CloudInventory x.csv | Get-ResponsibilityMatrix | Where-Object Gen'; Expected = 'GeneralOwner' }
        @{ Line = '[CloudResponsibility.Model.ServiceMo'; Expected = 'CloudResponsibility.Model.ServiceModel' }
    ) {
        (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches.CompletionText | Should -Contain $Expected
    }

    It 'has its help' {
        (Get-Help Import-CloudInventory).Synopsis | Should -Match 'inventory'
    }

    # The one thing a script loses: the domain library's own classes load in the module's context,
    # where PowerShell does not resolve type names (README: "Beside other modules").
    It 'cannot name the domain library''s engine classes, which it never gets from a cmdlet' {
        $engine = [System.Runtime.Loader.AssemblyLoadContext]::All | Where-Object Name -EQ 'CloudResponsibility' |
            ForEach-Object Assemblies | Where-Object { $_.GetName().Name -eq 'CloudResponsibility' }
        $engine.GetType('CloudResponsibility.Inventory.InventoryReader') | Should -Not -BeNullOrEmpty
        'CloudResponsibility.Inventory.InventoryReader' -as [type] | Should -BeNullOrEmpty
    }
}

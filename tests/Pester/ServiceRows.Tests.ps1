# Rows derived from a service (matrix rows, legal findings) piped into the cmdlets that take services:
# each stands for its service, and a run of consecutive rows of one service counts once (ServiceInput).
BeforeDiscovery {
    $takers = @(
        @{ Cmdlet = 'Get-LegalConsideration'; Run = { param($in) $in | Get-LegalConsideration } }
        @{ Cmdlet = 'Export-ThreatModel'; Run = { param($in) $in | Export-ThreatModel } }
        @{ Cmdlet = 'New-VendorQuestionnaire'; Run = { param($in) $in | New-VendorQuestionnaire -WarningAction SilentlyContinue } }
        @{ Cmdlet = 'Invoke-CloudAudit'; Run = { param($in) $in | Invoke-CloudAudit -AsOf 2026-12-01 -WarningAction SilentlyContinue -ErrorAction SilentlyContinue } }
    )
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    $inventory = Join-Path (Get-SampleFolder) 'inventory.csv'
    $services = @(Import-CloudInventory $inventory -WarningAction SilentlyContinue)
    $summary = { param($objects) @($objects | ForEach-Object { '{0}|{1}' -f $_.ServiceName, ($_ | Out-String -Width 400).Trim() }) }
}

Describe 'Rows of a service piped where services are taken' {
    It '<Cmdlet>: matrix rows give what their services give' -ForEach $takers {
        $rows = @($services | Get-ResponsibilityMatrix)
        $rows.Count | Should -BeGreaterThan $services.Count
        $fromServices = & $summary (& $Run $services)
        $fromServices.Count | Should -BeGreaterThan 0
        & $summary (& $Run $rows) | Should -Be $fromServices
    }

    It '<Cmdlet>: legal findings give what their services give' -ForEach $takers {
        $findings = @($services | Get-LegalConsideration)
        $withFindings = @($services | Where-Object { $_.ServiceName -in $findings.ServiceName })
        & $summary (& $Run $findings) | Should -Be (& $summary (& $Run $withFindings))
    }

    It 'a service whose rows come back after another''s counts again: the rule is consecutive rows' {
        $first = @($services[0] | Get-ResponsibilityMatrix)
        $second = @($services[1] | Get-ResponsibilityMatrix)
        $mixed = $first[0..1] + $second + $first[2..($first.Count - 1)]
        @($mixed | Get-LegalConsideration).Count | Should -Be @($services[0], $services[1], $services[0] | Get-LegalConsideration).Count
    }
}

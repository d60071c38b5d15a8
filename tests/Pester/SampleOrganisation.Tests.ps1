# The sample organisation (module/samples/organisation) as New-SampleOrganisation.ps1 writes it. Run:
# ./build.ps1 -Task Test (or Invoke-Pester this file). Invoke-CloudAudit.Tests.ps1 audits it against
# expected-findings.csv; this spec holds that file to its generator, so that a run that changes
# nothing changes no line of it, and a change shows as a diff a reviewer can read.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    $organisation = Join-Path (Get-SampleFolder) 'organisation'
    $committed = Join-Path $organisation 'expected-findings.csv'
}

Describe 'New-SampleOrganisation.ps1' {
    It 'lists the expected findings by service, in the inventory''s order, then by rule and subject' {
        $services = @(Import-Csv (Join-Path $organisation 'inventory.csv') -Encoding utf8).ServiceName
        $rows = @(Import-Csv $committed -Encoding utf8)
        $rows.Count | Should -BeGreaterThan 60
        # An unreadable questionnaire's QST-03 names its file, not a service: it goes with the service before it.
        $rank = -1
        $keys = foreach ($row in $rows) {
            $at = [array]::IndexOf($services, $row.ServiceName)
            if ($at -ge 0) { $rank = $at }
            [pscustomobject]@{ Rank = $rank; RuleId = $row.RuleId; Subject = $row.Subject; Line = "$($row.ServiceName),$($row.RuleId),$($row.Subject)" }
        }
        $keys[0].Rank | Should -Be 0 -Because 'the first line is a service''s'
        for ($i = 1; $i -lt $keys.Count; $i++) {
            $before, $this = $keys[$i - 1], $keys[$i]
            $order = $before.Rank.CompareTo($this.Rank)
            if ($order -eq 0) { $order = [string]::CompareOrdinal($before.RuleId, $this.RuleId) }
            if ($order -eq 0) { $order = [string]::CompareOrdinal($before.Subject, $this.Subject) }
            $order | Should -BeLessThan 0 -Because "'$($this.Line)' is out of order after '$($before.Line)'"
        }
    }

    It 'writes the committed expected-findings.csv again, byte for byte' {
        $again = Join-Path $TestDrive 'organisation'
        $null = & (Join-Path $organisation 'New-SampleOrganisation.ps1') -OutputDirectory $again
        (Get-FileHash (Join-Path $again 'expected-findings.csv')).Hash | Should -Be (Get-FileHash $committed).Hash -Because 'the sample is committed as its generator writes it; run the generator and commit what it writes'
    }
}

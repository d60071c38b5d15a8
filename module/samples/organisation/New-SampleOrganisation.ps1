<#
.SYNOPSIS
    Generates the sample organisation: an inventory of cloud services across SaaS, PaaS and IaaS in
    Japan, the US and the EU, its contract overrides and accepted risks, the vendors' questionnaires
    (good, out of date, with planted defects, unreadable, missing), and the findings the audit of it
    must report (expected-findings.csv).
.DESCRIPTION
    The questionnaires are made with New-VendorQuestionnaire and filled here, line by line, so that
    each defect is planted on purpose: expected-findings.csv lists what was planted, and the legal
    points each service's attributes trigger as the table below states them by hand, independently
    of the audit's code, by service in the inventory's order, then by rule and subject: every run
    writes the same file. Run it again after changing the table; commit what it writes
    (tests/Pester/SampleOrganisation.Tests.ps1 checks that the committed file is what it writes).
.EXAMPLE
    ./module/samples/organisation/New-SampleOrganisation.ps1
#>
[CmdletBinding()]
param(
    [string] $OutputDirectory = $PSScriptRoot
)

$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot '../../../CloudResponsibility.psd1')

# Answers are dated for an audit as of 2026-12-01 with -MaxAge 365.
$answeredOn = '2026-10-01'
$staleAnsweredOn = '2025-06-30'
$validUntil = '2027-09-30'
$expiredOn = '2026-03-31'

# Questionnaire: Good, Stale (answered more than a year before), Defects (one of each vendor rule),
# Expired (two certificates lapsed), Renewed (last year's with defects and this year's good one),
# Unreadable (a file that is no questionnaire), None. Legal: the points the attributes trigger.
$services = @(
    # SaaS
    @{ Name = 'Microsoft 365'; Vendor = 'Microsoft'; Model = 'SaaS'; Deployment = 'Public'; Location = 'JP'; Personal = 'yes'; Eu = 'no'; Medical = 'no'; Export = 'no'; VendorCountry = 'US'; Owner = '情報システム部 佐藤'; Questionnaire = 'Good'; Legal = 'LEG-03' }
    @{ Name = 'Salesforce Sales Cloud'; Vendor = 'Salesforce'; Model = 'SaaS'; Deployment = 'Public'; Location = 'JP;US'; Personal = 'yes'; Eu = 'yes'; Medical = 'no'; Export = 'no'; VendorCountry = 'US'; Owner = '営業企画部 鈴木'; Questionnaire = 'Defects'; Legal = 'LEG-01;LEG-03;LEG-04' }
    @{ Name = 'kintone'; Vendor = 'サイボウズ'; Model = 'SaaS'; Deployment = 'Public'; Location = '日本'; Personal = 'yes'; Eu = 'no'; Medical = 'no'; Export = 'no'; VendorCountry = 'JP'; Owner = '総務部 高橋'; Questionnaire = 'Renewed'; Legal = '' }
    @{ Name = 'Box'; Vendor = 'Box'; Model = 'SaaS'; Deployment = 'Public'; Location = 'US'; Personal = 'yes'; Eu = 'no'; Medical = 'no'; Export = 'no'; VendorCountry = 'US'; Owner = '情報システム部 佐藤'; Questionnaire = 'Stale'; Legal = 'LEG-01;LEG-03' }
    @{ Name = 'Slack'; Vendor = 'Salesforce'; Model = 'SaaS'; Deployment = 'Public'; Location = 'US;JP'; Personal = 'yes'; Eu = 'no'; Medical = 'no'; Export = 'no'; VendorCountry = 'US'; Owner = '情報システム部 佐藤'; Questionnaire = 'Good'; Legal = 'LEG-01;LEG-03' }
    @{ Name = 'Zoom Workplace'; Vendor = 'Zoom'; Model = 'SaaS'; Deployment = 'Public'; Location = 'US'; Personal = 'yes'; Eu = 'no'; Medical = 'no'; Export = 'no'; VendorCountry = 'US'; Owner = ''; Questionnaire = 'None'; Legal = 'LEG-01;LEG-03' }
    @{ Name = 'freee会計'; Vendor = 'freee'; Model = 'SaaS'; Deployment = 'Public'; Location = 'JP'; Personal = 'yes'; Eu = 'no'; Medical = 'no'; Export = 'no'; VendorCountry = 'JP'; Owner = '経理部 小林'; Questionnaire = 'Good'; Legal = '' }
    @{ Name = 'SmartHR'; Vendor = 'SmartHR'; Model = 'SaaS'; Deployment = 'Public'; Location = 'JP'; Personal = 'yes'; Eu = 'no'; Medical = 'no'; Export = 'no'; VendorCountry = 'JP'; Owner = '人事部 加藤'; Questionnaire = 'Expired'; Legal = '' }
    @{ Name = 'Sansan'; Vendor = 'Sansan'; Model = 'SaaS'; Deployment = 'Public'; Location = 'JP'; Personal = 'yes'; Eu = 'no'; Medical = 'no'; Export = 'no'; VendorCountry = 'JP'; Owner = '営業企画部 鈴木'; Questionnaire = 'Good'; Legal = '' }
    @{ Name = 'ServiceNow ITSM'; Vendor = 'ServiceNow'; Model = 'SaaS'; Deployment = 'Public'; Location = 'JP'; Personal = 'yes'; Eu = 'no'; Medical = 'no'; Export = 'no'; VendorCountry = 'US'; Owner = '情報システム部 中村'; Questionnaire = 'Unreadable'; Legal = 'LEG-03' }
    @{ Name = 'Workday HCM'; Vendor = 'Workday'; Model = 'SaaS'; Deployment = 'Public'; Location = 'US;IE'; Personal = 'yes'; Eu = 'yes'; Medical = 'no'; Export = 'no'; VendorCountry = 'US'; Owner = '人事部 加藤'; Questionnaire = 'Stale'; Legal = 'LEG-01;LEG-03;LEG-04' }
    @{ Name = 'SAP SuccessFactors (EU)'; Vendor = 'SAP'; Model = 'SaaS'; Deployment = 'Public'; Location = 'DE;NL'; Personal = 'yes'; Eu = 'yes'; Medical = 'no'; Export = 'no'; VendorCountry = 'DE'; Owner = '欧州事業部 山本'; Questionnaire = 'Good'; Legal = 'LEG-01;LEG-04' }
    @{ Name = 'Zendesk'; Vendor = 'Zendesk'; Model = 'SaaS'; Deployment = 'Public'; Location = 'US'; Personal = 'yes'; Eu = 'no'; Medical = 'no'; Export = 'no'; VendorCountry = 'US'; Owner = 'カスタマーサポート部 森'; Questionnaire = 'None'; Legal = 'LEG-01;LEG-03' }
    @{ Name = 'GitHub Enterprise Cloud'; Vendor = 'GitHub'; Model = 'SaaS'; Deployment = 'Public'; Location = 'US'; Personal = 'no'; Eu = 'no'; Medical = 'no'; Export = 'yes'; VendorCountry = 'US'; Owner = '開発部 伊藤'; Questionnaire = 'Defects'; Legal = 'LEG-01;LEG-02;LEG-03' }
    # PaaS
    @{ Name = 'Azure App Service'; Vendor = 'Microsoft'; Model = 'PaaS'; Deployment = 'Public'; Location = 'JP'; Personal = 'no'; Eu = 'no'; Medical = 'no'; Export = 'no'; VendorCountry = 'US'; Owner = '開発部 伊藤'; Questionnaire = 'Good'; Legal = 'LEG-03' }
    @{ Name = 'Heroku'; Vendor = 'Salesforce'; Model = 'PaaS'; Deployment = 'Public'; Location = 'US'; Personal = 'no'; Eu = 'no'; Medical = 'no'; Export = 'no'; VendorCountry = 'US'; Owner = ''; Questionnaire = 'None'; Legal = 'LEG-01;LEG-03' }
    @{ Name = 'Google App Engine'; Vendor = 'Google'; Model = 'PaaS'; Deployment = 'Public'; Location = 'JP'; Personal = 'no'; Eu = 'no'; Medical = 'no'; Export = 'no'; VendorCountry = 'US'; Owner = '開発部 伊藤'; Questionnaire = 'Expired'; Legal = 'LEG-03' }
    @{ Name = 'AWS Lambda'; Vendor = 'Amazon Web Services'; Model = 'PaaS'; Deployment = 'Public'; Location = 'JP'; Personal = 'no'; Eu = 'no'; Medical = 'no'; Export = 'no'; VendorCountry = 'US'; Owner = '開発部 伊藤'; Questionnaire = 'Good'; Legal = 'LEG-03' }
    @{ Name = '電子カルテ連携基盤'; Vendor = '国内SIer A社'; Model = 'PaaS'; Deployment = 'Private'; Location = 'JP'; Personal = 'はい'; Eu = 'いいえ'; Medical = 'はい'; Export = 'いいえ'; VendorCountry = 'JP'; Owner = '医療情報部 田中'; Questionnaire = 'Good'; Legal = '' }
    @{ Name = '医用画像解析クラウド'; Vendor = 'Example Imaging Inc.'; Model = 'PaaS'; Deployment = 'Public'; Location = 'US'; Personal = 'yes'; Eu = 'no'; Medical = 'yes'; Export = 'no'; VendorCountry = 'US'; Owner = '医療情報部 田中'; Questionnaire = 'Defects'; Legal = 'LEG-01;LEG-03;LEG-05' }
    @{ Name = 'Salesforce Platform'; Vendor = 'Salesforce'; Model = 'PaaS'; Deployment = 'Public'; Location = 'JP'; Personal = 'yes'; Eu = 'no'; Medical = 'no'; Export = 'no'; VendorCountry = 'US'; Owner = '営業企画部 鈴木'; Questionnaire = 'Renewed'; Legal = 'LEG-03' }
    @{ Name = 'SAP BTP (EU)'; Vendor = 'SAP'; Model = 'PaaS'; Deployment = 'Public'; Location = 'DE'; Personal = 'yes'; Eu = 'yes'; Medical = 'no'; Export = 'no'; VendorCountry = 'DE'; Owner = '欧州事業部 山本'; Questionnaire = 'Stale'; Legal = 'LEG-01;LEG-04' }
    @{ Name = 'さくらのクラウド AppRun'; Vendor = 'さくらインターネット'; Model = 'PaaS'; Deployment = 'Public'; Location = 'JP'; Personal = 'no'; Eu = 'no'; Medical = 'no'; Export = 'no'; VendorCountry = 'JP'; Owner = '開発部 伊藤'; Questionnaire = 'Good'; Legal = '' }
    # IaaS
    @{ Name = 'Amazon EC2 (設計データ)'; Vendor = 'Amazon Web Services'; Model = 'IaaS'; Deployment = 'Public'; Location = 'US'; Personal = 'no'; Eu = 'no'; Medical = 'no'; Export = 'yes'; VendorCountry = 'US'; Owner = '設計部 渡辺'; Questionnaire = 'Defects'; Legal = 'LEG-01;LEG-02;LEG-03' }
    @{ Name = 'Google Compute Engine (EU)'; Vendor = 'Google'; Model = 'IaaS'; Deployment = 'Public'; Location = 'DE;IE'; Personal = 'yes'; Eu = 'yes'; Medical = 'no'; Export = 'no'; VendorCountry = 'US'; Owner = '欧州事業部 山本'; Questionnaire = 'Good'; Legal = 'LEG-01;LEG-03;LEG-04' }
    @{ Name = 'Azure Virtual Machines'; Vendor = 'Microsoft'; Model = 'IaaS'; Deployment = 'Public'; Location = 'JP'; Personal = 'no'; Eu = 'no'; Medical = 'no'; Export = 'no'; VendorCountry = 'US'; Owner = '情報システム部 中村'; Questionnaire = 'Good'; Legal = 'LEG-03' }
    @{ Name = 'さくらのクラウド'; Vendor = 'さくらインターネット'; Model = 'IaaS'; Deployment = 'Public'; Location = 'JP'; Personal = 'no'; Eu = 'no'; Medical = 'no'; Export = 'no'; VendorCountry = 'JP'; Owner = '情報システム部 中村'; Questionnaire = 'Expired'; Legal = '' }
    @{ Name = 'IIJ GIO'; Vendor = 'IIJ'; Model = 'IaaS'; Deployment = 'Private'; Location = 'JP'; Personal = 'no'; Eu = 'no'; Medical = 'no'; Export = 'yes'; VendorCountry = 'JP'; Owner = '設計部 渡辺'; Questionnaire = 'Good'; Legal = '' }
    @{ Name = 'OVHcloud Bare Metal'; Vendor = 'OVHcloud'; Model = 'IaaS'; Deployment = 'Public'; Location = 'FR'; Personal = 'yes'; Eu = 'yes'; Medical = 'no'; Export = 'no'; VendorCountry = 'FR'; Owner = '欧州事業部 山本'; Questionnaire = 'Stale'; Legal = 'LEG-01;LEG-04' }
    @{ Name = 'Oracle Cloud Infrastructure'; Vendor = 'Oracle'; Model = 'IaaS'; Deployment = 'Public'; Location = 'JP'; Personal = 'yes'; Eu = 'no'; Medical = 'yes'; Export = 'no'; VendorCountry = 'US'; Owner = '医療情報部 田中'; Questionnaire = 'Good'; Legal = 'LEG-03' }
    @{ Name = 'Alibaba Cloud ECS'; Vendor = 'Alibaba Cloud'; Model = 'IaaS'; Deployment = 'Public'; Location = 'CN'; Personal = 'no'; Eu = 'no'; Medical = 'no'; Export = 'yes'; VendorCountry = 'CN'; Owner = '海外生産部 吉田'; Questionnaire = 'Defects'; Legal = 'LEG-01;LEG-02' }
    @{ Name = 'Hetzner Cloud'; Vendor = 'Hetzner'; Model = 'IaaS'; Deployment = 'Public'; Location = 'DE'; Personal = 'no'; Eu = 'no'; Medical = 'no'; Export = 'no'; VendorCountry = 'DE'; Owner = ''; Questionnaire = 'None'; Legal = 'LEG-01' }
    # On premises: no vendor to ask.
    @{ Name = '社内ファイルサーバ'; Vendor = '自社'; Model = 'OnPremises'; Deployment = ''; Location = 'JP'; Personal = 'yes'; Eu = 'no'; Medical = 'no'; Export = 'yes'; VendorCountry = 'JP'; Owner = '情報システム部 中村'; Questionnaire = 'None'; Legal = '' }
    @{ Name = '工場生産管理システム'; Vendor = '自社'; Model = 'OnPremises'; Deployment = ''; Location = 'JP'; Personal = 'no'; Eu = 'no'; Medical = 'no'; Export = 'yes'; VendorCountry = 'JP'; Owner = '生産技術部 松本'; Questionnaire = 'None'; Legal = '' }
    @{ Name = '本社基幹DB'; Vendor = '自社'; Model = 'OnPremises'; Deployment = ''; Location = 'JP'; Personal = 'yes'; Eu = 'no'; Medical = 'no'; Export = 'no'; VendorCountry = 'JP'; Owner = ''; Questionnaire = 'None'; Legal = '' }
)

# One of each vendor rule, planted in a questionnaire with defects: line, how it is answered, the rule it breaks.
$defects = @(
    @{ ItemId = 'CHK-TE-05.4'; Answer = 'No'; Rule = 'VND-01' }
    @{ ItemId = 'CHK-TE-06.2'; Answer = 'Partial'; Rule = 'VND-02' }
    @{ ItemId = 'DIS-05.3'; Answer = ''; Rule = 'VND-03' }
    @{ ItemId = 'CHK-DC-02.3'; Answer = $null; Rule = 'VND-03' }      # no row at all
    @{ ItemId = 'CHK-OP-03.1'; Answer = 'Yes'; Rule = 'VND-04'; ValidUntil = $expiredOn }
    @{ ItemId = 'DIS-02.1'; Answer = 'Yes'; Rule = 'VND-05'; NoEvidence = $true }
    @{ ItemId = 'CHK-TE-03.1'; Answer = 'N/A'; Rule = 'VND-06' }
    @{ ItemId = 'DIS-01.1'; Answer = 'Example Holdings K.K.'; Rule = 'VND-07' }   # the name itself, where Yes and a comment were asked for
    @{ ItemId = 'CHK-TE-05.3'; Answer = 'Yes'; Rule = 'VND-08'; Comment = 'Replicated to Singapore and the United States' }
)
$expiredLines = @('CHK-OP-03.1', 'CHK-OP-03.2')

$target = New-Item -ItemType Directory -Path $OutputDirectory -Force
$questionnaireFolder = New-Item -ItemType Directory -Path (Join-Path $target 'questionnaires') -Force
Get-ChildItem $questionnaireFolder -Filter *.csv | Remove-Item

$services | ForEach-Object {
    [pscustomobject][ordered]@{
        ServiceName = $_.Name; Vendor = $_.Vendor; ServiceModel = $_.Model; DeploymentModel = $_.Deployment; DataLocation = $_.Location
        PersonalData = $_.Personal; EuPersonalData = $_.Eu; MedicalData = $_.Medical; ExportControlled = $_.Export; VendorCountry = $_.VendorCountry; Owner = $_.Owner
    }
} | Export-CloudReport (Join-Path $target 'inventory.csv')

@(
    [pscustomobject]@{ ServiceName = 'Salesforce Sales Cloud'; Layer = 'AccountsAndAccess'; Owner = 'Customer'; Clause = 'MSA §4.2: the customer administers all user accounts' }
    [pscustomobject]@{ ServiceName = '電子カルテ連携基盤'; Layer = 'Middleware'; Owner = 'Provider'; Clause = 'SLA 4.2 (DBパッチ適用は事業者)' }
    [pscustomobject]@{ ServiceName = 'Amazon EC2 (設計データ)'; Layer = 'GuestOS'; Owner = 'Shared'; Clause = '契約書 第12条 (OSパッチはマネージドサービスで事業者)' }
) | Export-CloudReport (Join-Path $target 'contract-overrides.csv')

$suppressions = @(
    [pscustomobject]@{ ServiceName = 'Microsoft 365'; RuleId = 'LEG-03'; Justification = '法務部確認済み: 米国当局の開示請求の可能性は受容（2026年度リスク評価）'; Expires = '2027-03-31'; Approver = 'CISO 井上' }
    [pscustomobject]@{ ServiceName = 'Azure *'; RuleId = 'LEG-03'; Justification = 'Accepted under the Microsoft group agreement; reviewed yearly'; Expires = '2027-06-30'; Approver = 'CISO Inoue' }
    [pscustomobject]@{ ServiceName = 'Box'; RuleId = 'QST-02'; Justification = 'Renewal questionnaire requested 2025-12; vendor answer pending'; Expires = '2026-06-30'; Approver = 'CISO Inoue' }
    [pscustomobject]@{ ServiceName = 'Salesforce Sales Cloud'; RuleId = 'VND-02'; Justification = ''; Expires = '2027-03-31'; Approver = 'CISO Inoue' }
)
$suppressions | Export-CloudReport (Join-Path $target 'suppressions.csv')

function Write-Questionnaire([hashtable] $Service, [string] $File, [string] $On, [string] $Kind) {
    $lines = New-VendorQuestionnaire -ServiceName $Service.Name -ServiceModel $Service.Model -Vendor $Service.Vendor -Language en -WarningAction SilentlyContinue
    $planted = @{}
    if ($Kind -eq 'Defects') { $defects | Where-Object { $lines.ItemId -contains $_.ItemId } | ForEach-Object { $planted[$_.ItemId] = $_ } }
    $lines | Where-Object { -not ($planted.ContainsKey($_.ItemId) -and $null -eq $planted[$_.ItemId].Answer) } | ForEach-Object {
        $line = $_
        $defect = $planted[$line.ItemId]
        $answer = if ($defect) { $defect.Answer } elseif ($line.ItemId -in 'CHK-TE-04.1', 'CHK-TE-05.3', 'DIS-01.6' -and $Service.Model -ne 'SaaS') { 'N/A' } else { 'Yes' }
        $evidence = if ($line.EvidenceRequested -and $answer -eq 'Yes' -and -not $defect.NoEvidence) { "$($Service.Vendor) disclosure pack $($line.ItemId)" } else { '' }
        $until = if ($defect.ValidUntil) { $defect.ValidUntil } elseif ($Kind -eq 'Expired' -and $line.ItemId -in $expiredLines) { $expiredOn } elseif ($evidence) { $validUntil } else { '' }
        [pscustomobject][ordered]@{
            ServiceName = $line.ServiceName; Vendor = $line.Vendor; ServiceModel = $line.ServiceModel; ItemId = $line.ItemId; Question = $line.Question
            Answer = $answer; Evidence = $evidence; CertificationName = $(if ($line.ItemId -eq 'CHK-OP-03.1' -and $answer -eq 'Yes') { 'ISO/IEC 27001' } else { '' })
            ValidUntil = $until; Comment = $(if ($defect.Comment) { $defect.Comment } else { '' }); AnsweredOn = $On
        }
    } | Export-CloudReport (Join-Path $questionnaireFolder $File)
    $planted.Values
}

# Each expected finding with the place of the service it is planted for ($index, the service's row
# in the inventory), so that the file is written in one order: see the end.
$expected = [System.Collections.Generic.List[object]]::new()
function Expect([string] $ServiceName, [string] $RuleId, [string] $Subject) {
    $expected.Add([pscustomobject]@{ Service = $index; Finding = [pscustomobject][ordered]@{ ServiceName = $ServiceName; RuleId = $RuleId; Subject = $Subject } })
}

# The relevant threats whose provider measures a questionnaire's answers leave unverified, as
# Test-VendorDisclosure and Export-ThreatModel -Disclosure see them (the planted unreadable answer is an error record there, and judged).
function Expect-Threats([hashtable] $Service, [string] $File) {
    $overrides = Join-Path $target 'contract-overrides.csv'
    $inventoryService = Import-CloudInventory (Join-Path $target 'inventory.csv') | Where-Object ServiceName -eq $Service.Name
    $disclosure = Test-VendorDisclosure (Join-Path $questionnaireFolder $File) -Inventory $inventoryService -OverridePath $overrides -AsOf 2026-12-01 -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
    $inventoryService | Export-ThreatModel -Disclosure $disclosure -OverridePath $overrides |
        Where-Object { $_.Relevance -ne 'NotApplicable' -and $_.UnverifiedMitigations.Count -gt 0 } |
        ForEach-Object { Expect $Service.Name 'THR-01' $_.ThreatId }
}

$index = 0
foreach ($service in $services) {
    $index++
    $stem = 'q{0:d2}' -f $index
    foreach ($point in ($service.Legal -split ';' | Where-Object { $_ })) { Expect $service.Name $point $point }
    # Every service has customer layers (Data is the customer's under every model).
    if (-not $service.Owner) { Expect $service.Name 'OWN-01' 'Owner' }
    switch ($service.Questionnaire) {
        'Good' { $null = Write-Questionnaire $service "$stem-2026.csv" $answeredOn 'Good' }
        'Stale' {
            $null = Write-Questionnaire $service "$stem-2025.csv" $staleAnsweredOn 'Good'
            Expect $service.Name 'QST-02' 'Questionnaire'
        }
        'Defects' {
            Write-Questionnaire $service "$stem-2026.csv" $answeredOn 'Defects' | ForEach-Object { Expect $service.Name $_.Rule $_.ItemId }
            Expect-Threats $service "$stem-2026.csv"
        }
        'Expired' {
            $null = Write-Questionnaire $service "$stem-2026.csv" $answeredOn 'Expired'
            $expiredLines | ForEach-Object { Expect $service.Name 'VND-04' $_ }
            Expect-Threats $service "$stem-2026.csv"
        }
        'Renewed' {
            # Last year's answers had defects; this year's are good: only the newest counts.
            $null = Write-Questionnaire $service "$stem-2025.csv" $staleAnsweredOn 'Defects'
            $null = Write-Questionnaire $service "$stem-2026.csv" $answeredOn 'Good'
        }
        'Unreadable' {
            # Saved from the wrong sheet: no ServiceName, ItemId or Answer column.
            $file = "$stem-2026.csv"
            Set-Content -LiteralPath (Join-Path $questionnaireFolder $file) -Encoding utf8 -Value "Sheet2,Notes`n$($service.Name),see attachment"
            Expect $file 'QST-03' $file
            Expect $service.Name 'QST-01' 'Questionnaire'
        }
        'None' { if ($service.Model -ne 'OnPremises') { Expect $service.Name 'QST-01' 'Questionnaire' } }
    }
}
# By service, in the inventory's order (an unreadable questionnaire's QST-03 with the service it was
# for), then by rule and subject, compared ordinally: the same file from every run on every machine,
# whatever order the planted defects come out of their hashtable in, so that a change shows as a diff.
$expected.Sort([System.Comparison[object]] {
        param($x, $y)
        $order = $x.Service.CompareTo($y.Service)
        if ($order -eq 0) { $order = [string]::CompareOrdinal($x.Finding.RuleId, $y.Finding.RuleId) }
        if ($order -eq 0) { $order = [string]::CompareOrdinal($x.Finding.Subject, $y.Finding.Subject) }
        $order
    })
$expected.Finding | Export-CloudReport (Join-Path $target 'expected-findings.csv')
"Wrote the sample organisation to ${target}: $($services.Count) services, $((Get-ChildItem $questionnaireFolder -Filter *.csv).Count) questionnaires, $($expected.Count) expected findings."

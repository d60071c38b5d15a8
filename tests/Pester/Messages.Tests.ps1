# Pester 5 specs of the module's messages in Japanese and English: -Language, then
# $CloudResponsibilityLanguage, then $PSUICulture choose them, as they choose catalog text; error IDs
# never change with the language.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../CloudResponsibility.psd1') -Force -ErrorAction Stop
    $fixtures = Join-Path $PSScriptRoot '../CloudResponsibility.Tests/Fixtures/Inventory'
    $importId = 'UnknownServiceModel,CloudResponsibility.PowerShell.Commands.ImportCloudInventoryCommand'
}

Describe 'Messages in both languages' {
    AfterEach {
        Remove-Variable -Name CloudResponsibilityLanguage -Scope Global -ErrorAction SilentlyContinue
    }

    It 'writes an inventory error in the language of -Language, under the same error ID' {
        $null = Import-CloudInventory (Join-Path $fixtures 'malformed.csv') -Language ja -ErrorVariable ja -ErrorAction SilentlyContinue
        $null = Import-CloudInventory (Join-Path $fixtures 'malformed.csv') -Language en -ErrorVariable en -ErrorAction SilentlyContinue
        $jaError = $ja | Where-Object FullyQualifiedErrorId -eq $importId | Select-Object -First 1
        $enError = $en | Where-Object FullyQualifiedErrorId -eq $importId | Select-Object -First 1
        $jaError.ToString() | Should -Match 'サービスモデルではありません'
        $enError.ToString() | Should -Match 'is not a service model'
        $jaError.TargetObject.Row | Should -Be $enError.TargetObject.Row
    }

    It 'takes the language from $CloudResponsibilityLanguage when -Language is not given, and -Language wins over it' {
        $global:CloudResponsibilityLanguage = 'ja'
        $null = Import-CloudInventory (Join-Path $fixtures 'malformed.csv') -ErrorVariable preferred -ErrorAction SilentlyContinue
        $null = Import-CloudInventory (Join-Path $fixtures 'malformed.csv') -Language en -ErrorVariable chosen -ErrorAction SilentlyContinue
        ($preferred | Where-Object FullyQualifiedErrorId -eq $importId | Select-Object -First 1).ToString() | Should -Match '行目'
        ($chosen | Where-Object FullyQualifiedErrorId -eq $importId | Select-Object -First 1).ToString() | Should -Match '^Row '
    }

    It 'writes warnings and verbose lines in the chosen language' {
        $warnings = Import-CloudInventory (Join-Path $fixtures 'duplicates.csv') -Language ja -WarningAction SilentlyContinue -WarningVariable ja
        $verbose = Import-CloudInventory (Join-Path $fixtures 'duplicates.csv') -Language ja -WarningAction SilentlyContinue -Verbose 4>&1 |
            Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $ja[0].Message | Should -Match 'サービス名'
        $verbose.Message | Should -Match '読み飛ばした空行'
    }

    It 'writes a report cmdlet''s own error in the chosen language, under the same error ID' {
        $file = Join-Path $TestDrive 'exists.csv'
        Set-Content -Path $file -Value 'old'
        $id = 'FileExists,CloudResponsibility.PowerShell.Commands.ExportCloudReportCommand'
        { Get-CloudThreat | Export-CloudReport $file -NoClobber -Language ja -ErrorAction Stop } | Should -Throw -ErrorId $id -ExpectedMessage '*-NoClobber が指定されています*'
        { Get-CloudThreat | Export-CloudReport $file -NoClobber -Language en -ErrorAction Stop } | Should -Throw -ErrorId $id -ExpectedMessage '*-NoClobber was given*'
    }

    It 'says so when $CloudResponsibilityLanguage names no language' {
        $global:CloudResponsibilityLanguage = 'fr'
        { Get-CloudThreat -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidLanguagePreference,CloudResponsibility.PowerShell.Commands.GetCloudThreatCommand'
    }

    It 'speaks the catalog''s and the messages'' language together' {
        $null = Get-CloudThreat TH-99 -Language ja -ErrorVariable missing -ErrorAction SilentlyContinue
        $missing[0].FullyQualifiedErrorId | Should -Be 'UnknownId,CloudResponsibility.PowerShell.Commands.GetCloudThreatCommand'
        $missing[0].ToString() | Should -Match '脅威はありません'
    }
}

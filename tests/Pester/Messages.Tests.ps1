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

    It 'runs the place straight into its particle in Japanese, and names files by their whole path' {
        $file = Join-Path $TestDrive 'columns.csv'
        Set-Content $file "ServiceName,ServiceModel`nMail,SaaS,extra`nChat,""open`nWiki,SaaS" -Encoding utf8
        $null = Import-CloudInventory $file -Language ja -ErrorVariable ja -ErrorAction SilentlyContinue
        $ja[0].ToString() | Should -BeLike "'$file' の 2 行目のセルは 3 個ですが*"
        $ja[1].ToString() | Should -BeLike "'$file' の 3 行目で引用符が*"
        $ja | ForEach-Object { $_.ToString() | Should -Not -Match '行目 [のでにはを]' }
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

    It 'takes a culture name in -Language as $CloudResponsibilityLanguage does: <_>' -ForEach @('ja-JP', 'JA', 'ja_JP') {
        (Get-CloudThreat TH-01 -Language $_).Name | Should -Be (Get-CloudThreat TH-01 -Language ja).Name
        (Get-CloudThreat TH-01 -Language en-US).Name | Should -Be (Get-CloudThreat TH-01 -Language en).Name
        $global:CloudResponsibilityLanguage = $_
        (Get-CloudThreat TH-01).Name | Should -Be (Get-CloudThreat TH-01 -Language ja).Name
    }

    It 'rejects a -Language that names neither language (<_>), saying which it takes' -ForEach @('fr', 'fr-FR', 'japanese', 'english', 'en-', 'e') {
        $thrown = { Get-CloudThreat -Language $_ } | Should -Throw -ErrorId 'ParameterArgumentValidationError,CloudResponsibility.PowerShell.Commands.GetCloudThreatCommand' -PassThru
        $thrown.Exception.Message | Should -BeLike "*'$_' is not a language of the module: use ja or en, or a culture name of either (ja-JP, en-US)."
        $global:CloudResponsibilityLanguage = 'ja'
        { Get-CloudThreat -Language $_ } | Should -Throw -ExpectedMessage "*'$_' はこのモジュールの言語ではありません。*"
    }

    It 'completes -Language with en and ja, and past the two letters with their culture names' {
        @((TabExpansion2 -inputScript 'Get-CloudThreat -Language ' -cursorColumn 26).CompletionMatches.CompletionText) | Should -Be @('en', 'ja')
        @((TabExpansion2 -inputScript 'Get-CloudThreat -Language j' -cursorColumn 27).CompletionMatches.CompletionText) | Should -Be @('ja')
        @((TabExpansion2 -inputScript 'Get-CloudThreat -Language ja-' -cursorColumn 29).CompletionMatches.CompletionText) | Should -Be @('ja-JP')
        @((TabExpansion2 -inputScript 'Get-CloudThreat -Language en-' -cursorColumn 29).CompletionMatches.CompletionText) | Should -Be @('en-GB', 'en-US')
    }

    It 'says so when $CloudResponsibilityLanguage names no language' {
        foreach ($preference in 'fr', 'japanese') {
            $global:CloudResponsibilityLanguage = $preference
            { Get-CloudThreat -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidLanguagePreference,CloudResponsibility.PowerShell.Commands.GetCloudThreatCommand'
        }
    }

    It 'speaks the catalog''s and the messages'' language together' {
        $null = Get-CloudThreat TH-99 -Language ja -ErrorVariable missing -ErrorAction SilentlyContinue
        $missing[0].FullyQualifiedErrorId | Should -Be 'UnknownId,CloudResponsibility.PowerShell.Commands.GetCloudThreatCommand'
        $missing[0].ToString() | Should -Match '脅威はありません'
    }
}

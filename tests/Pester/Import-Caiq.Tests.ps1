# Import-Caiq as a pwsh user meets it. Run: ./build.ps1 -Task Test (or Invoke-Pester this file).
# The vendor's CAIQ is the sample's (module/samples/caiq, service 電子カルテ連携基盤 of the sample inventory);
# bad files are written here, as CSV saves of a CAIQ sheet and as workbooks from Export-CloudReport.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    $errorId = { param($id) "$id,CloudResponsibility.PowerShell.Commands.ImportCaiqCommand" }
    $samples = Get-SampleFolder
    $workbook = Join-Path $samples 'caiq/ehr-platform-caiq.xlsx'
    $csv = Join-Path $samples 'caiq/ehr-platform-caiq.csv'
    $service = '電子カルテ連携基盤'
    $header = 'Question ID,Question,CSP CAIQ Answer,SSRM Control Ownership,"CSP Implementation Description' + "`n" + '(Optional/Recommended)",CSC Responsibilities (Optional/Recommended),CCM Control ID'
    function New-CaiqCsv([string] $Name, [string[]] $Rows) {
        $path = Join-Path $TestDrive $Name
        $lines = @('Consensus Assessments Initiative Questionnaire v4.1,,,,,,', ',,,,,,', $header) + $Rows
        [System.IO.File]::WriteAllText($path, ($lines -join "`r`n") + "`r`n", [System.Text.UTF8Encoding]::new($true))
        $path
    }
}

Describe 'Import-Caiq' {
    Context 'The sample vendor''s CAIQ' {
        It 'writes one typed answer per question from the CAIQv4.0.3 sheet, below the title rows' {
            $answers = Import-Caiq $workbook -ServiceName $service -ServiceModel PaaS
            $answers.Count | Should -Be 56
            $answers | ForEach-Object { $_ | Should -BeOfType CloudResponsibility.Caiq.CaiqAnswer }
            $first = $answers[0]
            $first.ServiceName | Should -Be $service
            $first.QuestionId | Should -Be 'A&A-01.1'
            $first.ControlId | Should -Be 'A&A-01'
            $first.Domain | Should -Be 'A&A'
            $first.Answer | Should -Be ([CloudResponsibility.Caiq.CaiqAnswerValue]::Yes)
            $first.Ownership | Should -Be ([CloudResponsibility.Caiq.CaiqOwnership]::CspOwned)
            $first.ServiceModel | Should -Be 'PaaS'
            $first.Sheet | Should -Be 'CAIQv4.0.3'
            $first.Row | Should -Be 5
            $first.ImplementationDescription | Should -Match (Get-JapanesePattern)
            $cek = $answers | Where-Object QuestionId -eq 'CEK-03.1'
            $cek.Ownership | Should -Be 'SharedCspAndCsc'
            $cek.CustomerResponsibilities | Should -BeLike 'Client certificates*'
        }

        It 'reads every answer and every ownership value the sample uses' {
            $answers = Import-Caiq $workbook -ServiceName $service
            ($answers.Answer | Sort-Object -Unique) | Should -Be @('Yes', 'No', 'NotApplicable', 'Missing')
            ($answers.Ownership | Sort-Object -Unique) | Should -Be @('CspOwned', 'CscOwned', 'SharedCspAndCsc', 'ThirdPartyOutsourced', 'SharedCspAndThirdParty', 'Unspecified')
        }

        It 'reads the CSV save of the same sheet into the same answers' {
            $fromCsv = Import-Caiq $csv -ServiceName $service
            $fromWorkbook = Import-Caiq $workbook -ServiceName $service
            $fromCsv.Count | Should -Be $fromWorkbook.Count
            ($fromCsv | ForEach-Object { "$($_.QuestionId)|$($_.Answer)|$($_.Ownership)|$($_.ImplementationDescription)|$($_.Row)" }) |
                Should -Be ($fromWorkbook | ForEach-Object { "$($_.QuestionId)|$($_.Answer)|$($_.Ownership)|$($_.ImplementationDescription)|$($_.Row)" })
            $fromCsv[0].Sheet | Should -BeNullOrEmpty
        }

        It 'answers for the file''s name without -ServiceName, and joins the inventory with it' {
            (Import-Caiq $workbook | Select-Object -First 1).ServiceName | Should -Be 'ehr-platform-caiq'
            $inventoryNames = (Import-CloudInventory (Join-Path $samples 'inventory.csv')).ServiceName
            (Import-Caiq $workbook -ServiceName $service | Select-Object -First 1).ServiceName | Should -BeIn $inventoryNames
        }

        It 'takes files piped from Get-ChildItem, -LiteralPath and wildcards' {
            (Get-ChildItem (Join-Path $samples 'caiq') -Filter *.xlsx | Import-Caiq).Count | Should -Be 56
            (Import-Caiq -LiteralPath $csv).Count | Should -Be 56
            (Import-Caiq (Join-Path $samples 'caiq/ehr-platform-caiq.*')).Count | Should -Be 112
        }

        It 'says in verbose output where the header was and what was read' {
            $verbose = Import-Caiq $workbook -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
            $verbose.Message | Should -Match 'CAIQv4\.0\.3, header on row 4\): 56 answer'
        }

        It 'shows QuestionId, Answer, Ownership and the implementation text by default' {
            $text = Import-Caiq $workbook -ServiceName $service | Select-Object -First 3 | Format-Plain
            Get-TableColumn $text | Should -Be @('QuestionId', 'Answer', 'Ownership', 'ImplementationDescription')
            $text | Should -Match "ServiceName: $service"
        }
    }

    Context 'Bad input' {
        It 'writes an error naming file, row, column and value for each bad row, and the rest flows' {
            $path = New-CaiqCsv 'bad.csv' @(
                'A&A-01.1,q,Yes,CSP-owned,,,A&A-01'
                'CEK-03.1,q,Maybe,CSP-owned,,,CEK-03'
                'DSP-07.1,q,No,Provider,,,DSP-07'
                'IAM 2,q,yes,csc-owned,,,IAM-02'
                ',,,,,,'
                'LOG-02.1,q,n/a,3rd-party outsourced,,,LOG-02'
                'A&A-01.1,q,No,CSC-owned,,,A&A-01'
            )
            $answers = Import-Caiq $path -ErrorVariable problems -ErrorAction SilentlyContinue
            $answers.QuestionId | Should -Be @('A&A-01.1', 'LOG-02.1')
            $answers[1].Answer | Should -Be 'NotApplicable'
            $answers[1].Ownership | Should -Be 'ThirdPartyOutsourced'
            $problems.Count | Should -Be 4
            $problems.FullyQualifiedErrorId | Should -Be @((& $errorId 'UnknownCaiqAnswer'), (& $errorId 'UnknownCaiqOwnership'), (& $errorId 'MalformedQuestionId'), (& $errorId 'DuplicateQuestionId'))
            $problems[0].TargetObject.File | Should -Be $path
            $problems[0].TargetObject.Row | Should -Be 5
            $problems[0].TargetObject.Column | Should -Be 'CSP CAIQ Answer'
            $problems[0].TargetObject.Value | Should -Be 'Maybe'
            $problems[1].TargetObject.Value | Should -Be 'Provider'
            $problems[2].TargetObject.Value | Should -Be 'IAM 2'
            $problems[3].TargetObject.Row | Should -Be 10
            $problems[0].CategoryInfo.Category | Should -Be 'InvalidData'
            $problems[0].ToString() | Should -Match "'Maybe'"
        }

        It 'names the worksheet and the column letter of a bad cell in a workbook' {
            $path = Join-Path $TestDrive 'report.xlsx'
            @(
                [pscustomobject]@{ 'Question ID' = 'CEK-03.1'; 'CSP CAIQ Answer' = 'Yes'; 'SSRM Control Ownership' = 'Shared CSP and CSC' }
                [pscustomobject]@{ 'Question ID' = 'CEK-04.1'; 'CSP CAIQ Answer' = 'Perhaps'; 'SSRM Control Ownership' = 'CSP-owned' }
            ) | Export-CloudReport $path
            $answers = Import-Caiq $path -WorksheetName Report -ErrorVariable problems -ErrorAction SilentlyContinue
            $answers.QuestionId | Should -Be 'CEK-03.1'
            $problems.Count | Should -Be 1
            $problems[0].TargetObject.Sheet | Should -Be 'Report'
            $problems[0].TargetObject.Row | Should -Be 3
            $problems[0].ToString() | Should -Match "sheet 'Report', column B 'CSP CAIQ Answer'"
        }

        It 'reports a workbook without a CAIQv sheet as NoCaiqSheet, naming its sheets' {
            $path = Join-Path $TestDrive 'nocaiq.xlsx'
            [pscustomobject]@{ 'Question ID' = 'CEK-03.1' } | Export-CloudReport $path
            $null = Import-Caiq $path -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems.FullyQualifiedErrorId | Should -Be (& $errorId 'NoCaiqSheet')
            $problems[0].ToString() | Should -Match "'Report'"
        }

        It 'reports a file without the Question ID header as NoCaiqHeader' {
            $path = Join-Path $TestDrive 'inventory.csv'
            Copy-Item (Join-Path $samples 'inventory.csv') $path
            $null = Import-Caiq $path -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems.FullyQualifiedErrorId | Should -Be (& $errorId 'NoCaiqHeader')
        }

        It 'reports a header without a required column as MissingRequiredColumn, and reads nothing' {
            $path = Join-Path $TestDrive 'v3.csv'
            Set-Content $path -Value @('Question ID,Question,Answer', 'CEK-03.1,q,Yes') -Encoding utf8
            $answers = Import-Caiq $path -ErrorVariable problems -ErrorAction SilentlyContinue
            $answers | Should -BeNullOrEmpty
            $problems.FullyQualifiedErrorId | Should -Be (& $errorId 'MissingRequiredColumn')
            $problems[0].ToString() | Should -Match 'SSRM Control Ownership'
        }

        It 'stops at the first bad row with -ErrorAction Stop' {
            $path = New-CaiqCsv 'stop.csv' @('CEK-03.1,q,Maybe,CSP-owned,,,CEK-03', 'DSP-07.1,q,Yes,CSP-owned,,,DSP-07')
            { Import-Caiq $path -ErrorAction Stop } | Should -Throw -ErrorId (& $errorId 'UnknownCaiqAnswer')
        }

        It 'reports a missing file as PathNotFound' {
            { Import-Caiq (Join-Path $TestDrive 'none.xlsx') -ErrorAction Stop } | Should -Throw -ErrorId (& $errorId 'PathNotFound')
        }

        It 'writes its messages in Japanese with -Language ja' {
            $path = New-CaiqCsv 'ja.csv' @('CEK-03.1,q,Maybe,CSP-owned,,,CEK-03')
            $null = Import-Caiq $path -Language ja -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].ToString() | Should -Match (Get-JapanesePattern)
            $problems[0].FullyQualifiedErrorId | Should -Be (& $errorId 'UnknownCaiqAnswer')
        }
    }
}

# Get-DisclosureItem as a pwsh user meets it. Run: ./build.ps1 -Task Test (or Invoke-Pester this file).
# IPA's disclosure reference items (CSO §4.3) and their sub-items, one questionnaire line each.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-CloudResponsibility
    $errorId = { param($id) "$id,CloudResponsibility.PowerShell.Commands.GetDisclosureItemCommand" }
    $items = 1..6 | ForEach-Object { 'DIS-{0:00}' -f $_ }
    # How many sub-items each item has in the source, DIS-01 to DIS-06.
    $subItemCounts = @(7, 2, 4, 2, 3, 1)
}

Describe 'Get-DisclosureItem' {
    Context 'By ID (the ById parameter set)' {
        It 'writes the six disclosure items in catalog order' {
            $all = Get-DisclosureItem
            $all.Id | Should -Be $items
            $all | ForEach-Object { $_ | Should -BeOfType CloudResponsibility.Model.DisclosureItem }
        }

        It 'matches IDs with wildcards' {
            (Get-DisclosureItem 'DIS-0[56]').Id | Should -Be @('DIS-05', 'DIS-06')
        }

        It 'links each item to the checks it covers, as the checks link back' {
            $checks = Get-VendorCheckItem
            foreach ($item in Get-DisclosureItem) {
                $covering = @($checks | Where-Object DisclosureItemIds -Contains $item.Id | ForEach-Object Id)
                @($item.CheckItemIds | Sort-Object) | Should -Be @($covering | Sort-Object) -Because "$($item.Id) covers what the checks say"
            }
        }
    }

    Context '-ExpandSubItem' {
        It 'writes each item''s sub-items, numbered from 1 after the item''s ID' {
            $lines = Get-DisclosureItem -ExpandSubItem
            $lines.Count | Should -Be ($subItemCounts | Measure-Object -Sum).Sum
            foreach ($i in 0..5) {
                $own = @($lines | Where-Object DisclosureItemId -eq $items[$i])
                $own.Id | Should -Be @(1..$subItemCounts[$i] | ForEach-Object { "$($items[$i]).$_" })
                $own.Position | Should -Be @(1..$subItemCounts[$i])
            }
            $lines | ForEach-Object { $_ | Should -BeOfType CloudResponsibility.Model.DisclosureSubItem }
        }

        It 'asks about export formats in DIS-05.2' {
            $exportFormats = Get-DisclosureItem DIS-05 -ExpandSubItem -Language en | Where-Object Position -eq 2
            $exportFormats.Id | Should -Be 'DIS-05.2'
            $exportFormats.Question | Should -Match 'format'
        }

        It 'takes sub-item IDs: the item they belong to, or with -ExpandSubItem just the sub-items named' {
            (Get-DisclosureItem DIS-05.2 -ErrorAction Stop).Id | Should -Be 'DIS-05'
            (Get-DisclosureItem DIS-05.2 -ExpandSubItem).Id | Should -Be 'DIS-05.2'
            (Get-DisclosureItem DIS-05.* -ExpandSubItem).DisclosureItemId | Sort-Object -Unique | Should -Be 'DIS-05'
            ('DIS-05.2' | Get-DisclosureItem -ExpandSubItem).Id | Should -Be 'DIS-05.2'
        }
    }

    Context 'Errors' {
        It 'writes UnknownId for an ID that does not exist, and the rest' {
            $found = Get-DisclosureItem DIS-05, DIS-07 -ErrorVariable problems -ErrorAction SilentlyContinue
            $found.Id | Should -Be 'DIS-05'
            $problems[0].FullyQualifiedErrorId | Should -Be (& $errorId 'UnknownId')
            $problems[0].TargetObject | Should -Be 'DIS-07'
        }

        It 'stops at an unknown piped ID with -ErrorAction Stop' {
            { 'CHK-TE-99' | Get-DisclosureItem -ErrorAction Stop } | Should -Throw -ErrorId (& $errorId 'UnknownId')
        }
    }

    Context 'Pipeline input (the FromPipeline parameter set)' {
        It 'gets the items where a vendor''s disclosure answers a check' {
            $check = Get-VendorCheckItem CHK-TE-05
            $found = $check | Get-DisclosureItem
            @($found.Id | Sort-Object) | Should -Be @($check.DisclosureItemIds | Sort-Object)
            $found.Id | Should -Contain 'DIS-05'
            $found | ForEach-Object { $_.CheckItemIds | Should -Contain 'CHK-TE-05' }
        }

        It 'gets the items of a check''s sub-point, and expands them with -ExpandSubItem' {
            @(('CHK-TE-05.4' | Get-DisclosureItem).Id) | Should -Be @((Get-VendorCheckItem CHK-TE-05).DisclosureItemIds)
            (Get-VendorCheckItem CHK-OP-03 | Get-DisclosureItem -ExpandSubItem).Id | Should -Be @(1..7 | ForEach-Object { "DIS-01.$_" })
        }

        It 'takes Select-Object output and Import-Csv rows' {
            $file = Join-Path $TestDrive 'items.csv'
            Get-DisclosureItem DIS-02, DIS-04 | Export-Csv $file
            (Import-Csv $file | Get-DisclosureItem).Id | Should -Be @('DIS-02', 'DIS-04')
            (Get-DisclosureItem DIS-02, DIS-04 | Select-Object Id | Get-DisclosureItem).Id | Should -Be @('DIS-02', 'DIS-04')
        }
    }

    Context 'Tab completion' {
        It 'completes -Id with the item IDs' {
            Get-CompletionText 'Get-DisclosureItem -Id DIS-0' | Should -Be $items
            Get-CompletionText 'Get-DisclosureItem dis-05' | Should -Be 'DIS-05'
            Get-CompletionText 'Get-DisclosureItem DIS-05.' | Should -Contain 'DIS-05.2'
            Get-CompletionText 'Get-DisclosureItem DIS-05.' | ForEach-Object { $_ | Should -BeLike 'DIS-05.*' }
        }
    }

    Context 'Default views' {
        It 'shows an item''s Id, Name and CheckItemIds' {
            $text = Get-DisclosureItem -Language en | Format-Plain
            Get-TableColumn $text | Should -Be @('Id', 'Name', 'CheckItemIds')
            $rows = @(Get-TableRow $text)
            $rows.Count | Should -Be 6
            $rows[0] | Should -Match '^DIS-01\s+.+\{CHK-OP-03\}$'
            $rows[3] | Should -Match '^DIS-04\s+.+\{\}$'
        }

        It 'shows a sub-item''s Id, Name and Question' {
            $text = Get-DisclosureItem DIS-05 -ExpandSubItem -Language en | Format-Plain
            Get-TableColumn $text | Should -Be @('Id', 'Name', 'Question')
            (Get-TableRow $text) -replace '\s.*' | Should -Be @('DIS-05.1', 'DIS-05.2', 'DIS-05.3')
        }
    }

    Context '-Language ja' {
        It 'writes names and questions in Japanese with the same IDs' {
            $ja = Get-DisclosureItem DIS-05 -ExpandSubItem -Language ja
            $ja.Id | Should -Be @('DIS-05.1', 'DIS-05.2', 'DIS-05.3')
            $ja | ForEach-Object {
                $_.Name | Should -Match (Get-JapanesePattern)
                $_.Question | Should -Match (Get-JapanesePattern)
            }
        }
    }

    Context 'Pipelines users write' {
        It 'exports the disclosure questionnaire with Export-Csv and reads it back' {
            $file = Join-Path $TestDrive 'disclosure.csv'
            Get-DisclosureItem -ExpandSubItem | Export-Csv $file -Encoding utf8BOM
            $rows = Import-Csv $file
            $rows.Count | Should -Be 19
            $rows.Id | Should -Be (Get-DisclosureItem -ExpandSubItem).Id
            ($rows | Group-Object DisclosureItemId).Count | Should -Be 6
        }

        It 'finds the items no check covers, the contract terms among them' {
            $uncovered = Get-DisclosureItem | Where-Object { $_.CheckItemIds.Count -eq 0 } | Sort-Object Id -Descending
            $uncovered.Id | Should -Contain 'DIS-06'
            $uncovered.Id | Should -Not -Contain 'DIS-05'
            $uncovered.Id | Should -Be ($uncovered.Id | Sort-Object -Descending)
        }

        It 'converts to JSON with its sub-items' {
            $json = Get-DisclosureItem DIS-05 | ConvertTo-Json -Depth 3 | ConvertFrom-Json
            $json.Id | Should -Be 'DIS-05'
            $json.SubItems.Id | Should -Be @('DIS-05.1', 'DIS-05.2', 'DIS-05.3')
            $json.CheckItemIds | Should -Be @((Get-DisclosureItem DIS-05).CheckItemIds)
        }
    }
}

# How Readme.Tests.ps1 reads README.md's code blocks and runs their commands; dot-sourced by it.

function Get-ReadmeBlock {
    <#
    The README's checkable blocks, in order, each with the line of its opening fence:
      Output  a ```text block whose first line is `PS> <command>`: Commands holds the command,
              Expected the lines after it.
      Script  a ```powershell block with lines that start with `PS> `: Commands holds them.
    A command goes on over the lines after it that start with `>> `.
    #>
    param([Parameter(Mandatory)] [string] $Path)
    $lines = @((Get-Content -LiteralPath $Path -Raw -Encoding utf8) -replace '\r\n', "`n" -split "`n")
    for ($i = 0; $i -lt $lines.Count; $i++) {
        if ($lines[$i] -notmatch '^```(\w*)\s*$') { continue }
        $language = $Matches[1]
        $start = $i
        $body = [System.Collections.Generic.List[string]]::new()
        for ($i++; $i -lt $lines.Count -and $lines[$i] -notmatch '^```\s*$'; $i++) { $body.Add($lines[$i]) }
        $commands = [System.Collections.Generic.List[string]]::new()
        $rest = 0
        for ($j = 0; $j -lt $body.Count; $j++) {
            if ($body[$j] -like 'PS> *') { $commands.Add($body[$j].Substring(4)) }
            elseif ($body[$j] -like '>> *' -and $commands.Count -gt 0 -and $rest -eq $j) { $commands[$commands.Count - 1] += "`n" + $body[$j].Substring(3) }
            else { continue }
            $rest = $j + 1
        }
        if ($language -eq 'text' -and $body.Count -gt 0 -and $body[0] -like 'PS> *') {
            [pscustomobject]@{ Kind = 'Output'; Line = $start + 1; Commands = @($commands[0]); Expected = ($body | Select-Object -Skip (Get-CommandLength $body)) -join "`n" }
        }
        elseif ($language -eq 'powershell' -and $commands.Count -gt 0) {
            [pscustomobject]@{ Kind = 'Script'; Line = $start + 1; Commands = @($commands); Expected = $null }
        }
    }
}

function Get-CommandLength {
    <# How many lines the first command of a block takes: its PS> line and the >> lines after it. #>
    param([string[]] $Body)
    $length = 1
    while ($length -lt $Body.Count -and $Body[$length] -like '>> *') { $length++ }
    $length
}

function Invoke-ReadmeCommand {
    <#
    Runs README command lines in a fresh runspace at -Location with the module imported, in en-US
    (the README's language), formatted as pwsh prints them in a 120-column console. The console
    keeps the window's last column free, so its tables are those of Out-String -Width 119.
    #>
    param([Parameter(Mandatory)] [string] $Command, [Parameter(Mandatory)] [string] $Location)
    Invoke-FreshRunspace -Script $Command -Location $Location -ImportModule -Width 119 -Culture 'en-US'
}

function ConvertTo-ComparableOutput {
    <# Output as compared: line ends as `n, trailing spaces of each line and blank lines at either end removed. #>
    param([AllowEmptyString()] [AllowNull()] [string] $Text)
    $lines = @(($Text -replace '\r\n', "`n") -split "`n" | ForEach-Object { $_.TrimEnd() })
    $first = 0
    while ($first -lt $lines.Count -and -not $lines[$first]) { $first++ }
    $last = $lines.Count - 1
    while ($last -ge $first -and -not $lines[$last]) { $last-- }
    if ($last -lt $first) { return '' }
    $lines[$first..$last] -join "`n"
}

function Get-ReadmeBlockFingerprint {
    <# A short hash of an output block's command and shown output, as compared: it changes when either does. #>
    param([Parameter(Mandatory)] [string] $Command, [AllowEmptyString()] [string] $Expected)
    $text = $Command + "`n" + (ConvertTo-ComparableOutput $Expected)
    [Convert]::ToHexString([System.Security.Cryptography.SHA256]::HashData([System.Text.Encoding]::UTF8.GetBytes($text))).Substring(0, 16)
}

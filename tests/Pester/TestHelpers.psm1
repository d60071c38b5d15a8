# What the Pester specs share: where the repository, its module, samples and fixtures are; the
# module imported once per session; a fresh pwsh process of the pinned tool; a fresh runspace at a
# given location; temporary folders that are removed afterwards; the columns of a table view.
# Import it in a spec's BeforeAll (and BeforeDiscovery when test cases need it):
#     Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force

Set-StrictMode -Version Latest

$script:RepositoryRoot = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot '../..'))
$script:TempFolders = [System.Collections.Generic.List[string]]::new()

function Get-RepositoryRoot {
    <# The repository's root folder: CloudResponsibility.psd1, build.ps1 and README.md are there. #>
    $script:RepositoryRoot
}

function Get-ModuleManifest {
    <# The module's manifest as a user imports it from a clone: ./CloudResponsibility.psd1. #>
    Join-Path $script:RepositoryRoot 'CloudResponsibility.psd1'
}

function Get-SampleFolder {
    <# The bundled sample organisation: inventory.csv, contract-overrides.csv, Invoke-SampleAudit.ps1. #>
    Join-Path $script:RepositoryRoot 'module/samples'
}

function Get-InventoryFixture {
    <# A test inventory of the xunit suite's fixtures (cp932-japanese.csv, malformed.csv …); the folder without -Name. #>
    param([string] $Name)
    $folder = Join-Path $script:RepositoryRoot 'tests/CloudResponsibility.Tests/Fixtures/Inventory'
    if ($Name) { Join-Path $folder $Name } else { $folder }
}

function Get-QuestionnaireFixture {
    <# A filled questionnaire of the xunit suite's fixtures (excel-ja-cp932.csv, japanese-headers.csv); the folder without -Name. #>
    param([string] $Name)
    $folder = Join-Path $script:RepositoryRoot 'tests/CloudResponsibility.Tests/Fixtures/Questionnaire'
    if ($Name) { Join-Path $folder $Name } else { $folder }
}

function Import-CloudResponsibility {
    <#
    Imports the built module into the caller's session, once: specs of one run share it, as a user's
    session has one. Fails when the module is not built.
    #>
    if (-not (Get-Module CloudResponsibility)) {
        Import-Module (Get-ModuleManifest) -Global -ErrorAction Stop
    }
}

function Get-PwshCommandLine {
    <#
    The executable and leading arguments that start the pwsh running this session in a new process.
    The pinned .NET tool runs as `dotnet <tool folder>/pwsh.dll`: there the process is dotnet and
    $PSHOME holds pwsh.dll. An installed pwsh is its own executable.
    #>
    $process = [Environment]::ProcessPath
    if ([System.IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') {
        return @($process, (Join-Path $PSHOME 'pwsh.dll'))
    }
    @($process)
}

function Invoke-NewPwsh {
    <#
    Runs the pinned pwsh in a new process (-NoProfile -NonInteractive, then -ArgumentList) and returns
    ExitCode, Output (stdout lines) and ErrorOutput (stderr text). -Environment sets variables of the
    new process; a $null value removes one. NO_COLOR is set unless -Environment says otherwise, so
    that output is plain text. A process still running after -TimeoutSeconds is killed and reported
    as exit code -1.
    .EXAMPLE
    Invoke-NewPwsh -Command 'Get-Module CloudResponsibility -ListAvailable' -Environment @{ PSModulePath = $folder }
    #>
    [CmdletBinding(DefaultParameterSetName = 'Arguments')]
    param(
        [Parameter(Mandatory, ParameterSetName = 'Arguments', Position = 0)]
        [string[]] $ArgumentList,

        # A script to run: passed Base64-encoded (-EncodedCommand), so no quoting rules apply.
        [Parameter(Mandatory, ParameterSetName = 'Command')]
        [string] $Command,

        [hashtable] $Environment = @{},

        [string] $WorkingDirectory = $script:RepositoryRoot,

        [int] $TimeoutSeconds = 300
    )
    $executable, $leading = Get-PwshCommandLine
    $start = [System.Diagnostics.ProcessStartInfo]::new($executable)
    foreach ($argument in @($leading) + @('-NoProfile', '-NonInteractive')) { if ($argument) { $start.ArgumentList.Add($argument) } }
    if ($PSCmdlet.ParameterSetName -eq 'Command') {
        $start.ArgumentList.Add('-EncodedCommand')
        $start.ArgumentList.Add([Convert]::ToBase64String([System.Text.Encoding]::Unicode.GetBytes($Command)))
    }
    else {
        foreach ($argument in $ArgumentList) { $start.ArgumentList.Add($argument) }
    }
    $start.WorkingDirectory = $WorkingDirectory
    $start.UseShellExecute = $false
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $start.StandardOutputEncoding = [System.Text.UTF8Encoding]::new($false)
    $start.StandardErrorEncoding = [System.Text.UTF8Encoding]::new($false)
    $start.Environment['NO_COLOR'] = '1'
    foreach ($name in $Environment.Keys) {
        if ($null -eq $Environment[$name]) { $null = $start.Environment.Remove($name) }
        else { $start.Environment[$name] = [string]$Environment[$name] }
    }
    $process = [System.Diagnostics.Process]::Start($start)
    try {
        # Both streams are read at once, or a child that fills one pipe waits on us for ever.
        $stdout = $process.StandardOutput.ReadToEndAsync()
        $stderr = $process.StandardError.ReadToEndAsync()
        if (-not $process.WaitForExit($TimeoutSeconds * 1000)) {
            $process.Kill($true)
            $process.WaitForExit()
            $exitCode = -1
        }
        else {
            $process.WaitForExit()
            $exitCode = $process.ExitCode
        }
        $text = $stdout.GetAwaiter().GetResult()
        [pscustomobject]@{
            ExitCode    = $exitCode
            Output      = @(if ($text) { ($text -replace '\r?\n\z', '') -split '\r?\n' })
            ErrorOutput = $stderr.GetAwaiter().GetResult()
        }
    }
    finally {
        $process.Dispose()
    }
}

function Invoke-FreshRunspace {
    <#
    Runs a script in a new runspace of this process (the engine's default session state, as a new
    pwsh has) at -Location, optionally with the module imported first, with
    $ErrorActionPreference = 'Stop' and plain-text output rendering, and in -Culture (for the UI and
    for formats) when given. Returns Output (everything the script wrote, formatted as
    Out-String -Width <Width> formats it), Errors (every error record, including the one that
    stopped it) and Failed.
    #>
    param(
        [Parameter(Mandatory)]
        [string] $Script,

        [string] $Location = $script:RepositoryRoot,

        [switch] $ImportModule,

        [int] $Width = 120,

        [cultureinfo] $Culture
    )
    $shell = [powershell]::Create([initialsessionstate]::CreateDefault2())
    try {
        $prologue = @(
            '$ErrorActionPreference = ''Stop'''
            '$PSStyle.OutputRendering = ''PlainText'''
            'Set-Location -LiteralPath $args[0]'
            if ($ImportModule) { 'Import-Module $args[1]' }
        ) -join "`n"
        $null = $shell.AddScript($prologue).AddArgument($Location).AddArgument((Get-ModuleManifest)).AddStatement()
        # The script runs as one script block so that its own statements share its variables, and
        # formats its output the way the console formats a command line's output. The culture is set
        # in the same invocation: the engine sets the thread's culture anew for each.
        $setCulture = if ($Culture) { "[cultureinfo]::CurrentCulture = [cultureinfo]::CurrentUICulture = '$($Culture.Name)'`n" }
        $null = $shell.AddScript("$setCulture& { $Script`n } | Out-String -Width $Width")
        $errors = [System.Collections.Generic.List[System.Management.Automation.ErrorRecord]]::new()
        $output = ''
        try {
            $output = -join $shell.Invoke()
        }
        catch [System.Management.Automation.MethodInvocationException] {
            $inner = $_.Exception.InnerException
            $errors.Add($(if ($inner -is [System.Management.Automation.IContainsErrorRecord]) { $inner.ErrorRecord } else { [System.Management.Automation.ErrorRecord]::new($inner, 'ScriptFailed', 'NotSpecified', $null) }))
        }
        foreach ($record in $shell.Streams.Error) { $errors.Add($record) }
        [pscustomobject]@{
            Output = $output
            Errors = $errors.ToArray()
            Failed = $errors.Count -gt 0 -or $shell.HadErrors
        }
    }
    finally {
        $shell.Dispose()
    }
}

function New-TempFolder {
    <# A new empty folder under the system's temporary folder; Remove-TempFolder (or the end of Use-TempFolder) removes it. #>
    param([string] $Prefix = 'cr-pester')
    $path = Join-Path ([System.IO.Path]::GetTempPath()) ('{0}-{1}' -f $Prefix, [guid]::NewGuid().ToString('n').Substring(0, 12))
    $script:TempFolders.Add($path)
    New-Item -ItemType Directory -Path $path
}

function Remove-TempFolder {
    <# Removes a folder New-TempFolder made (never any other), and everything in it. #>
    param([Parameter(Mandatory, ValueFromPipeline)] $Path)
    process {
        $full = [System.IO.Path]::GetFullPath([string]$Path)
        if (-not $script:TempFolders.Contains($full)) { throw "'$full' was not made by New-TempFolder; not removed." }
        if (Test-Path -LiteralPath $full) { Remove-Item -LiteralPath $full -Recurse -Force }
        $null = $script:TempFolders.Remove($full)
    }
}

function Use-TempFolder {
    <# Runs the script block with a new temporary folder as its argument, and removes the folder afterwards, whatever happens. #>
    param([Parameter(Mandatory)] [scriptblock] $ScriptBlock, [string] $Prefix = 'cr-pester')
    $folder = New-TempFolder -Prefix $Prefix
    try { & $ScriptBlock $folder.FullName }
    finally { Remove-TempFolder $folder.FullName }
}

function Copy-SampleFolder {
    <# Copies the sample files (inventory.csv, contract-overrides.csv …) into a folder, so that a script can use ./inventory.csv there. #>
    param([Parameter(Mandatory)] [string] $Destination)
    Copy-Item -Path (Join-Path (Get-SampleFolder) '*') -Destination $Destination -Recurse
}

function Get-TableColumn {
    <#
    The column labels of the first table in formatted text (Out-String output): the line above the
    first line of dashes. The module's labels have no spaces.
    #>
    param([Parameter(Mandatory)] [AllowEmptyString()] [string] $Text)
    $lines = $Text -split '\r?\n'
    for ($i = 1; $i -lt $lines.Count; $i++) {
        if ($lines[$i] -match '^-+(\s+-+)*\s*$') { return @($lines[$i - 1].Trim() -split '\s+') }
    }
    throw "No table in:`n$Text"
}

function Get-TableRow {
    <# The lines of a table's rows in formatted text: every non-empty line after the first line of dashes, up to a blank line. #>
    param([Parameter(Mandatory)] [AllowEmptyString()] [string] $Text)
    $lines = $Text -split '\r?\n'
    $start = [array]::FindIndex($lines, [Predicate[string]] { param($line) $line -match '^-+(\s+-+)*\s*$' })
    if ($start -lt 0) { throw "No table in:`n$Text" }
    for ($i = $start + 1; $i -lt $lines.Count -and $lines[$i].Trim(); $i++) { $lines[$i].TrimEnd() }
}

function Get-CompletionText {
    <# What Tab offers at the end of a command line, as TabExpansion2 lists it. #>
    param([Parameter(Mandatory)] [string] $InputScript)
    @((TabExpansion2 -inputScript $InputScript -cursorColumn $InputScript.Length).CompletionMatches.CompletionText)
}

function Get-JapanesePattern {
    <# A regular expression that matches text with Japanese characters (kana or kanji): what -Language ja writes. #>
    '[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]'
}

function Format-Plain {
    <# Formats objects as the console does at 120 columns, without colours. #>
    param([Parameter(ValueFromPipeline)] $InputObject, [int] $Width = 120)
    begin { $items = [System.Collections.Generic.List[object]]::new() }
    process { $items.Add($InputObject) }
    end {
        $rendering = $PSStyle.OutputRendering
        $PSStyle.OutputRendering = 'PlainText'
        try { $items | Out-String -Width $Width }
        finally { $PSStyle.OutputRendering = $rendering }
    }
}

Export-ModuleMember -Function Get-RepositoryRoot, Get-ModuleManifest, Get-SampleFolder, Get-InventoryFixture, Get-QuestionnaireFixture, Import-CloudResponsibility,
    Get-PwshCommandLine, Invoke-NewPwsh, Invoke-FreshRunspace, New-TempFolder, Remove-TempFolder, Use-TempFolder, Copy-SampleFolder,
    Get-TableColumn, Get-TableRow, Get-CompletionText, Get-JapanesePattern, Format-Plain

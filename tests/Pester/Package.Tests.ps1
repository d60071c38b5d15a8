# The module installs like a Gallery module: `./build.ps1 -Task Package` makes a .nupkg that
# PSResourceGet installs from a folder repository, after which a new pwsh imports it by name.
# Everything happens in a temporary home: on Linux and macOS the new processes get HOME pointed
# there, so PSResourceGet's repository list and the CurrentUser module folder are temporary too
# and the user's own are never touched. Windows keeps both under the real profile, so there the
# package is saved into the temporary module folder (Save-PSResource) instead of installed.
# The package is made from the module the Test task has just built (-NoBuild).
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $quote = { param([string] $text) "'" + ($text -replace "'", "''") + "'" }
    $version = (Import-PowerShellDataFile (Get-ModuleManifest)).ModuleVersion
    $packages = Join-Path (Get-RepositoryRoot) 'out/packages'
    $package = Join-Path $packages "CloudResponsibility.$version.nupkg"

    $build = Invoke-NewPwsh -ArgumentList '-File', (Join-Path (Get-RepositoryRoot) 'build.ps1'), '-Task', 'Package', '-NoBuild'

    $tempHome = New-TempFolder -Prefix 'cr-package'
    $modules = if ($IsWindows) { Join-Path $tempHome 'Modules' } else { Join-Path $tempHome '.local/share/powershell/Modules' }
    # A new process whose user folders are the temporary home.
    $isolated = @{ HOME = $tempHome.FullName; XDG_DATA_HOME = $null; XDG_CONFIG_HOME = $null; XDG_CACHE_HOME = $null }
    $repository = 'CloudResponsibilityTest' + [guid]::NewGuid().ToString('n').Substring(0, 8)
    $install = if ($IsWindows) {
        "Save-PSResource -Name CloudResponsibility -Repository $repository -Path $(& $quote $modules) -TrustRepository"
    }
    else {
        "Install-PSResource -Name CloudResponsibility -Repository $repository -Scope CurrentUser"
    }
    $installation = Invoke-NewPwsh -Environment $isolated -Command @"
`$ErrorActionPreference = 'Stop'
`$null = New-Item -ItemType Directory -Path $(& $quote $modules) -Force
Register-PSResourceRepository -Name $repository -Uri $(& $quote $packages) -Trusted
try {
    'FOUND ' + (Find-PSResource -Name CloudResponsibility -Repository $repository).Version
    $install
}
finally {
    Unregister-PSResourceRepository -Name $repository
}
'REPOSITORIES ' + ((Get-PSResourceRepository).Name -join ',')
"@
}

AfterAll {
    if ($tempHome) { Remove-TempFolder $tempHome.FullName }
}

Describe 'build.ps1 -Task Package' {
    It 'makes out/packages/CloudResponsibility.<version>.nupkg from the built module' {
        $build.ExitCode | Should -Be 0 -Because ($build.Output + $build.ErrorOutput -join "`n")
        $package | Should -Exist
        @(Get-ChildItem $packages -Filter '*.nupkg').Name | Should -Be "CloudResponsibility.$version.nupkg"
    }

    It 'packs the manifest, both editions'' builds with their help, the formats and the samples, and no symbols' {
        Add-Type -AssemblyName System.IO.Compression.FileSystem
        $zip = [System.IO.Compression.ZipFile]::OpenRead($package)
        try { $entries = @($zip.Entries.FullName) }
        finally { $zip.Dispose() }
        foreach ($file in 'CloudResponsibility.psd1', 'CloudResponsibility.nuspec', 'module/CloudResponsibility.psm1', 'module/CloudResponsibility.Format.ps1xml',
            'module/CloudResponsibility.Types.ps1xml', 'module/NOTICE', 'module/samples/inventory.csv',
            'module/bin/Core/CloudResponsibility.PowerShell.dll',
            'module/bin/Core/en-US/CloudResponsibility.PowerShell.dll-Help.xml', 'module/bin/Core/ja-JP/CloudResponsibility.PowerShell.dll-Help.xml',
            'module/bin/Desktop/CloudResponsibility.PowerShell.dll', 'module/bin/Desktop/en-US/CloudResponsibility.PowerShell.dll-Help.xml') {
            $entries | Should -Contain $file
        }
        # The dependencies may sit beside the cmdlets or in a folder of their own.
        foreach ($edition in 'Core', 'Desktop') {
            foreach ($dependency in 'CloudResponsibility.dll', 'CsvHelper.dll') {
                $entries | Where-Object { $_ -like "module/bin/$edition/*$dependency" } | Should -Not -BeNullOrEmpty -Because "the $edition build needs $dependency"
            }
        }
        $entries | Where-Object { $_ -like '*.pdb' -or $_ -like '*.deps.json' -or $_ -like 'src/*' -or $_ -like 'tests/*' } | Should -BeNullOrEmpty
    }

    It 'describes the package from the manifest: id, version, PSModule tag' {
        Add-Type -AssemblyName System.IO.Compression.FileSystem
        $zip = [System.IO.Compression.ZipFile]::OpenRead($package)
        try {
            $reader = [System.IO.StreamReader]::new($zip.GetEntry('CloudResponsibility.nuspec').Open())
            $nuspec = [xml]$reader.ReadToEnd()
            $reader.Dispose()
        }
        finally { $zip.Dispose() }
        $nuspec.package.metadata.id | Should -Be 'CloudResponsibility'
        $nuspec.package.metadata.version | Should -Be $version
        $nuspec.package.metadata.tags -split ' ' | Should -Contain 'PSModule'
    }
}

Describe 'Installing the package with PSResourceGet' {
    It 'finds the package in a folder repository and installs it into the module folder' {
        $installation.ExitCode | Should -Be 0 -Because ($installation.Output + $installation.ErrorOutput -join "`n")
        $installation.Output | Should -Contain "FOUND $version"
        Join-Path $modules "CloudResponsibility/$version/CloudResponsibility.psd1" | Should -Exist
        Join-Path $modules "CloudResponsibility/$version/module/bin/Core/CloudResponsibility.PowerShell.dll" | Should -Exist
    }

    It 'unregisters the temporary repository afterwards' {
        $listed = $installation.Output | Where-Object { $_ -like 'REPOSITORIES *' }
        $listed | Should -Not -BeNullOrEmpty
        $listed | Should -Not -Match $repository
    }

    It 'is imported by name in a new pwsh process whose module path holds it, and its cmdlets run' {
        $session = Invoke-NewPwsh -Environment ($isolated + @{ PSModulePath = $modules }) -WorkingDirectory $tempHome.FullName -Command @'
$ErrorActionPreference = 'Stop'
Import-Module CloudResponsibility
$module = Get-Module CloudResponsibility
'BASE ' + $module.ModuleBase
'VERSION ' + $module.Version
'CONTROLS ' + ((Get-CloudThreat TH-02 | Get-ProviderControl).Id -join ',')
'ROWS ' + @(Import-CloudInventory (Join-Path $module.ModuleBase 'module/samples/inventory.csv') | Get-ResponsibilityMatrix).Count
'HELP ' + @((Get-Help Import-CloudInventory -Examples).Examples.Example).Count
'@
        $session.ExitCode | Should -Be 0 -Because ($session.Output + $session.ErrorOutput -join "`n")
        $session.Output | Should -Contain "BASE $(Join-Path $modules "CloudResponsibility/$version")"
        $session.Output | Should -Contain "VERSION $version"
        ($session.Output | Where-Object { $_ -like 'CONTROLS *' }) -replace '^CONTROLS ' -split ',' | Should -Contain 'CTL-T-04'
        $session.Output | Should -Contain 'ROWS 72'
        ($session.Output | Where-Object { $_ -like 'HELP *' }) -replace '^HELP ' | Should -BeGreaterOrEqual 2
    }
}

Describe 'The user''s own PowerShell' {
    It 'has no trace of the temporary repository' {
        Import-Module Microsoft.PowerShell.PSResourceGet
        (Get-PSResourceRepository).Name | Should -Not -Contain $repository
    }
}

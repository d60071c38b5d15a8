# Loads the build of the cmdlets that matches the running PowerShell edition.
#   Core    (PowerShell 7.4+, .NET 8+):        bin/Core/CloudResponsibility.PowerShell.dll (net8.0)
#   Desktop (Windows PowerShell 5.1, .NET Fx): bin/Desktop/CloudResponsibility.PowerShell.dll (net472)
# Why two builds: CsvHelper's .NET Standard/Framework build needs Microsoft.Bcl.AsyncInterfaces 8
# and System.Memory 4.5.5, while PowerShell 7.4 ships Microsoft.Bcl.AsyncInterfaces 5.0, so a single
# netstandard2.0 build cannot load there; the net8.0 build needs neither.
# How each loads its dependencies (src/CloudResponsibility.PowerShell/Loading): on Core, the domain
# library and every third-party library are in bin/Core/Dependencies and load into the module's own
# AssemblyLoadContext, so a module that loads another version of CsvHelper, before or after, neither
# breaks nor is broken; the cmdlets and the types scripts name (CloudResponsibility.Types.dll) load
# as usual. On Desktop, which has no load contexts, the cmdlet assembly registers an AssemblyResolve
# handler that answers only for the files shipped in bin/Desktop, so other modules keep resolving
# theirs as before.
# The edition's manifest (CloudResponsibility.PowerShell.psd1) loads those two assemblies and then
# the types file, which names types of both.
# Only .NET APIs are used here: the module must also load in hosts that have just the core cmdlets.
$edition = if ($PSVersionTable.PSEdition -eq 'Core') { 'Core' } else { 'Desktop' }
$editionManifest = [System.IO.Path]::Combine($PSScriptRoot, 'bin', $edition, 'CloudResponsibility.PowerShell.psd1')
if (-not [System.IO.File]::Exists($editionManifest)) {
    throw "CloudResponsibility: '$editionManifest' is missing. Build the module first: dotnet build (from the repository root)."
}
Import-Module -Name $editionManifest -ErrorAction Stop

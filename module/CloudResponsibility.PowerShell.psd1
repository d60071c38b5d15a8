# The manifest of one edition's build of the cmdlets; the build copies it into module/bin/Core and
# module/bin/Desktop, and module/CloudResponsibility.psm1 imports the one for the running edition.
# It exists so that the assemblies PowerShell must see are loaded (RequiredAssemblies) before the
# types file is processed: that file names types of both (the adapted types, in
# CloudResponsibility.Types.dll, and the adapter), and PowerShell resolves them only among
# assemblies already loaded. The domain library and its third-party dependencies are not listed:
# the cmdlets load them when first used (on PowerShell 7 into the module's own load context, from
# bin/Core/Dependencies; see src/CloudResponsibility.PowerShell/Loading).
@{
    RootModule         = 'CloudResponsibility.PowerShell.dll'
    RequiredAssemblies = @('CloudResponsibility.Types.dll', 'CloudResponsibility.PowerShell.dll')
    TypesToProcess     = @('../../CloudResponsibility.Types.ps1xml')
    ModuleVersion      = '0.1.0'
    GUID               = '0b8e52a4-7d1f-4c36-a0c5-9e2f7b6d4a13'
    Author             = 'CloudResponsibility contributors'
    PowerShellVersion  = '5.1'
    CmdletsToExport    = '*'
    FunctionsToExport  = @()
    AliasesToExport    = @()
    VariablesToExport  = @()
}

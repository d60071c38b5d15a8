@{
    RootModule        = 'CsvNeighbour.dll'
    ModuleVersion     = '1.0.0'
    GUID              = '6d1e2f9a-5b3c-4e7d-8a21-0c4f9b7e3d52'
    Author            = 'CloudResponsibility tests'
    Description       = 'Test data: a binary module that reads CSV with CsvHelper 33.1.0.'
    PowerShellVersion = '7.4'
    CmdletsToExport   = @('Import-NeighbourCsv')
    FunctionsToExport = @()
    AliasesToExport   = @()
    VariablesToExport = @()
}

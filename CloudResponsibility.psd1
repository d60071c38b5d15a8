@{
    # The root module picks the build of the cmdlets that matches the PowerShell edition.
    RootModule           = 'module/CloudResponsibility.psm1'
    ModuleVersion        = '0.1.0'
    GUID                 = '4f6b9a3e-2c1d-4e8a-9b7f-3d5c1a2e6f80'
    Author               = 'CloudResponsibility contributors'
    CompanyName          = 'CloudResponsibility'
    Copyright            = '(c) 2026 CloudResponsibility contributors. MIT licence; see NOTICE for third-party terms.'
    Description          = 'The cloud shared-responsibility model as pipeline objects: which layers are ours to secure, which threats apply and who mitigates each, what to ask the vendor, and which laws the data''s location triggers. Bilingual (ja/en) catalog from MIC-GL3 I.6 and the CSO report.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    FormatsToProcess     = @('module/CloudResponsibility.Format.ps1xml')
    CmdletsToExport      = @(
        'Get-ResponsibilityMatrix'
        'Get-ResponsibilityNote'
        'Get-CloudServiceModel'
        'Get-CloudDeploymentModel'
        'Get-CloudThreat'
        'Get-ProviderControl'
        'Get-VendorCheckItem'
        'Get-DisclosureItem'
        'Get-LegalConsideration'
        'Import-CloudInventory'
        'Import-Caiq'
        'Export-CloudReport'
        'Export-ResponsibilityMatrix'
        'Export-ThreatModel'
        'New-VendorQuestionnaire'
        'Test-VendorDisclosure'
        'Compare-VendorDisclosure'
        'Invoke-CloudAudit'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Cloud', 'Security', 'SharedResponsibility', 'Audit', 'Compliance', 'ISMAP', 'Japan')
            ReleaseNotes = 'First release: bilingual catalog, responsibility matrix, inventories in and reports out.'
        }
    }
}

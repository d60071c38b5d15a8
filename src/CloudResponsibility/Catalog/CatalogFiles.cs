using System.Collections.Generic;

namespace CloudResponsibility.Catalog
{
    /// <summary>The catalog's data files and the exact header each must have (see Data/README.md).</summary>
    public static class CatalogFiles
    {
        /// <summary>Facts about this copy of the catalog.</summary>
        public const string Info = "catalog-info.csv";
        /// <summary>Service models.</summary>
        public const string ServiceModels = "service-models.csv";
        /// <summary>Deployment models.</summary>
        public const string DeploymentModels = "deployment-models.csv";
        /// <summary>Layers of the stack.</summary>
        public const string Layers = "layers.csv";
        /// <summary>The responsibility matrix.</summary>
        public const string Matrix = "responsibility-matrix.csv";
        /// <summary>Notes the matrix carries.</summary>
        public const string Notes = "responsibility-notes.csv";
        /// <summary>Threats.</summary>
        public const string Threats = "threats.csv";
        /// <summary>Rules deciding how much each threat matters to a service (Export-ThreatModel).</summary>
        public const string ThreatRelevance = "threat-relevance.csv";
        /// <summary>ATT&amp;CK techniques referenced.</summary>
        public const string AttackTechniques = "attack-techniques.csv";
        /// <summary>Provider measures.</summary>
        public const string ProviderControls = "provider-controls.csv";
        /// <summary>Pre-contract checks.</summary>
        public const string CheckItems = "check-items.csv";
        /// <summary>Sub-points of the checks.</summary>
        public const string CheckSubPoints = "check-subpoints.csv";
        /// <summary>Disclosure items.</summary>
        public const string DisclosureItems = "disclosure-items.csv";
        /// <summary>Sub-items of the disclosure items.</summary>
        public const string DisclosureSubItems = "disclosure-subitems.csv";
        /// <summary>Legal points.</summary>
        public const string LegalConsiderations = "legal-considerations.csv";
        /// <summary>ISO/IEC 27017 controls referenced.</summary>
        public const string Iso27017Controls = "iso27017-controls.csv";
        /// <summary>CSA CCM domains referenced.</summary>
        public const string CcmDomains = "ccm-domains.csv";
        /// <summary>CSA CCM v4 controls, by ID with our own short labels.</summary>
        public const string CcmControls = "ccm-controls.csv";

        // The vendor questionnaire (New-VendorQuestionnaire, Test-VendorDisclosure).

        /// <summary>What judging the answer to each questionnaire line needs: layers, evidence, accepted "not applicable".</summary>
        public const string QuestionnaireItems = "questionnaire-items.csv";
        /// <summary>The items that do not apply under a service model, and why.</summary>
        public const string QuestionnaireExclusions = "questionnaire-exclusions.csv";
        /// <summary>Certifications and the spellings that name them.</summary>
        public const string Certifications = "certifications.csv";
        /// <summary>The CCM v4 controls each questionnaire line corresponds to, with why (judging a vendor's CAIQ).</summary>
        public const string CcmCrosswalk = "ccm-crosswalk.csv";

        /// <summary>Every file with its header, in load order.</summary>
        public static readonly IReadOnlyDictionary<string, string[]> Headers = new Dictionary<string, string[]>
        {
            [Info] = new[] { "Key", "Value" },
            [ServiceModels] = new[] { "Id", "NameJa", "NameEn", "DescriptionJa", "DescriptionEn", "ExamplesJa", "ExamplesEn", "Source" },
            [DeploymentModels] = new[] { "Id", "NameJa", "NameEn", "DescriptionJa", "DescriptionEn", "Source" },
            [Layers] = new[] { "Id", "Order", "NameJa", "NameEn", "DescriptionJa", "DescriptionEn", "Source" },
            [Matrix] = new[] { "ServiceModel", "Layer", "Owner", "CustomerDutyJa", "CustomerDutyEn", "ProviderDutyJa", "ProviderDutyEn", "Source", "Notes" },
            [Notes] = new[] { "Id", "NameJa", "NameEn", "DescriptionJa", "DescriptionEn", "ServiceModels", "Source" },
            [Threats] = new[] { "Id", "Category", "NameJa", "NameEn", "DescriptionJa", "DescriptionEn", "ExampleJa", "ExampleEn", "Source", "ProviderControls", "CustomerLayers", "AttackTechniques", "Iso27017", "Ccm" },
            [ThreatRelevance] = new[] { "Id", "Threat", "ServiceModels", "DeploymentModels", "DataFlags", "Relevance", "RationaleJa", "RationaleEn", "Source" },
            [AttackTechniques] = new[] { "Id", "Name" },
            [ProviderControls] = new[] { "Id", "Kind", "NameJa", "NameEn", "DescriptionJa", "DescriptionEn", "PurposeJa", "PurposeEn", "Source", "Iso27017", "Ccm", "NoCheckReasonJa", "NoCheckReasonEn" },
            [CheckItems] = new[] { "Id", "Area", "NameJa", "NameEn", "DescriptionJa", "DescriptionEn", "Source", "ProviderControls", "ServiceModels", "ServiceModelNoteJa", "ServiceModelNoteEn", "Iso27017", "Ccm", "UncoveredSubPoints", "GapNoteJa", "GapNoteEn" },
            [CheckSubPoints] = new[] { "Id", "NameJa", "NameEn", "QuestionJa", "QuestionEn" },
            [DisclosureItems] = new[] { "Id", "NameJa", "NameEn", "DescriptionJa", "DescriptionEn", "Source", "CheckItems" },
            [DisclosureSubItems] = new[] { "Id", "NameJa", "NameEn", "QuestionJa", "QuestionEn" },
            [LegalConsiderations] = new[] { "Id", "NameJa", "NameEn", "DescriptionJa", "DescriptionEn", "ConditionJa", "ConditionEn", "CurrentLawJa", "CurrentLawEn", "Source", "Trigger", "Iso27017", "Ccm" },
            [Iso27017Controls] = new[] { "Id", "Title" },
            [CcmDomains] = new[] { "Id", "Label" },
            [CcmControls] = new[] { "Id", "Label" },
            // The vendor questionnaire.
            [QuestionnaireItems] = new[] { "Id", "Layers", "ProviderControls", "NoMeans", "NoMeansReasonJa", "NoMeansReasonEn", "EvidenceJa", "EvidenceEn", "NotApplicableModels", "NotApplicableReasonJa", "NotApplicableReasonEn" },
            [QuestionnaireExclusions] = new[] { "ServiceModel", "Items", "ReasonJa", "ReasonEn" },
            [Certifications] = new[] { "Id", "NameJa", "NameEn", "Variants", "VariantsJa", "Source" },
            [CcmCrosswalk] = new[] { "Item", "Control", "RationaleJa", "RationaleEn" },
        };
    }
}

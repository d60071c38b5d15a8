namespace CloudResponsibility.ThreatModel
{
    /// <summary>The files Export-ThreatModel writes.</summary>
    public enum ThreatModelFormat
    {
        /// <summary>One CSV row per service and threat, as Export-CloudReport writes it.</summary>
        Csv,
        /// <summary>A JSON array of one object per service and threat, as Export-CloudReport writes it.</summary>
        Json,
        /// <summary>A readable model per service: its matrix, each threat with both sides' mitigations, and the open questions for the vendor.</summary>
        Markdown,
        /// <summary>An OWASP Threat Dragon v2 model: a data-flow diagram with the threats on its elements.</summary>
        ThreatDragon,
        /// <summary>An Open Threat Model (OTM) JSON file: trust zones, components, data flows, threats and mitigations.</summary>
        Otm,
        /// <summary>An Excel workbook of one row per service and threat, as Export-CloudReport writes it.</summary>
        Xlsx,
    }
}

namespace CloudResponsibility.Audit
{
    /// <summary>The values a rule's detail and action templates are filled with; a placeholder without a value is left empty.</summary>
    public struct DetailValues
    {
        /// <summary>{Service}: the service's name.</summary>
        public string? Service;
        /// <summary>{Subject}: what the finding is about (a questionnaire line with its name, a legal point).</summary>
        public string? Subject;
        /// <summary>{Value}: the value that caused it.</summary>
        public string? Value;
        /// <summary>{Message}: a judgement or description from the catalog.</summary>
        public string? Message;
        /// <summary>{Date}: a date.</summary>
        public string? Date;
        /// <summary>{Days}: a number of days.</summary>
        public string? Days;
        /// <summary>{Layers}: matrix layers.</summary>
        public string? Layers;
        /// <summary>{Folder}: where questionnaires were looked for.</summary>
        public string? Folder;

        /// <summary>The value of a placeholder by its index in <see cref="AuditRuleCatalog.Placeholders"/>.</summary>
        internal readonly string? this[int placeholder] => placeholder switch
        {
            0 => Service,
            1 => Subject,
            2 => Value,
            3 => Message,
            4 => Date,
            5 => Days,
            6 => Layers,
            _ => Folder,
        };
    }
}

using CloudResponsibility.Model;

namespace CloudResponsibility.Parsing
{
    /// <summary>
    /// Reads a service model as people write it: SaaS, PaaS, IaaS or OnPremises in any case and
    /// width, "On-Premises", "on premises", "OnPrem", the spelled-out "Software as a Service" and
    /// the like, and オンプレミス / オンプレ.
    /// </summary>
    public static class ServiceModelParser
    {
        private static readonly AliasTable<ServiceModel> Table = new AliasTable<ServiceModel>()
            .Add(ServiceModel.SaaS, "SaaS", "Software as a Service")
            .Add(ServiceModel.PaaS, "PaaS", "Platform as a Service")
            .Add(ServiceModel.IaaS, "IaaS", "Infrastructure as a Service")
            .Add(ServiceModel.OnPremises, "OnPremises", "OnPremise", "OnPrem", "オンプレミス", "オンプレ");

        /// <summary>Reads a service model; false for an empty or unknown text.</summary>
        public static bool TryParse(string? text, out ServiceModel model)
        {
            model = default;
            if (text is null) return false;
            // The exact names first: a large inventory says "SaaS" millions of times.
            switch (text)
            {
                case "SaaS": model = ServiceModel.SaaS; return true;
                case "PaaS": model = ServiceModel.PaaS; return true;
                case "IaaS": model = ServiceModel.IaaS; return true;
                case "OnPremises": model = ServiceModel.OnPremises; return true;
            }
            return Table.TryGet(text, out model);
        }
    }
}

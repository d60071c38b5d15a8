using CloudResponsibility.Model;
using CloudResponsibility.Output;

namespace CloudResponsibility.Resolution
{
    /// <summary>
    /// One layer of the responsibility matrix laid out as the guideline's table reads: a column per
    /// service model with the owner under it (MIC-GL3 I.6). Nine of these are the whole matrix.
    /// </summary>
    public sealed class MatrixPivotRow
    {
        internal MatrixPivotRow(LayerInfo layer, Owner saas, Owner paas, Owner iaas, Owner onPremises)
        {
            Layer = layer.Layer;
            LayerName = layer.Name;
            SaaS = saas;
            PaaS = paas;
            IaaS = iaas;
            OnPremises = onPremises;
            Language = layer.Language;
        }

        /// <summary>The layer.</summary>
        [ReportColumn]
        public Layer Layer { get; }

        /// <summary>The layer's name in <see cref="Language"/>.</summary>
        [ReportColumn]
        public string LayerName { get; }

        /// <summary>Who secures the layer under SaaS.</summary>
        [ReportColumn]
        public Owner SaaS { get; }

        /// <summary>Who secures the layer under PaaS.</summary>
        [ReportColumn]
        public Owner PaaS { get; }

        /// <summary>Who secures the layer under IaaS.</summary>
        [ReportColumn]
        public Owner IaaS { get; }

        /// <summary>Who secures the layer on premises (always the customer; the reference column).</summary>
        [ReportColumn]
        public Owner OnPremises { get; }

        /// <summary>The language of <see cref="LayerName"/>.</summary>
        [ReportColumn]
        public Language Language { get; }

        /// <summary>The source of the split.</summary>
        [ReportColumn]
        public string Source => "MIC-GL3 I.6";

        /// <inheritdoc />
        public override string ToString() => $"{Layer}: SaaS={SaaS} PaaS={PaaS} IaaS={IaaS}";
    }
}

using CloudResponsibility.Model;

namespace CloudResponsibility.Resolution
{
    /// <summary>
    /// One layer of the responsibility matrix laid out as the guideline's table reads: a column per
    /// service model with the owner under it (DOMAIN.md §3). Nine of these are the whole matrix.
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
        public Layer Layer { get; }

        /// <summary>The layer's name in <see cref="Language"/>.</summary>
        public string LayerName { get; }

        /// <summary>Who secures the layer under SaaS.</summary>
        public Owner SaaS { get; }

        /// <summary>Who secures the layer under PaaS.</summary>
        public Owner PaaS { get; }

        /// <summary>Who secures the layer under IaaS.</summary>
        public Owner IaaS { get; }

        /// <summary>Who secures the layer on premises (always the customer; the reference column).</summary>
        public Owner OnPremises { get; }

        /// <summary>The language of <see cref="LayerName"/>.</summary>
        public Language Language { get; }

        /// <summary>The source of the split.</summary>
        public string Source => "MIC-GL3 I.6";

        /// <inheritdoc />
        public override string ToString() => $"{Layer}: SaaS={SaaS} PaaS={PaaS} IaaS={IaaS}";
    }
}

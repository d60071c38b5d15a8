using System;
using CloudResponsibility.Model;

namespace CloudResponsibility.Parsing
{
    /// <summary>Reads a layer by its name in <see cref="Layer"/>, in any case and width, with spaces, hyphens and underscores ignored ("Guest OS").</summary>
    public static class LayerParser
    {
        private static readonly AliasTable<Layer> Table = CreateTable();

        /// <summary>Reads a layer; false for an empty or unknown text.</summary>
        public static bool TryParse(string? text, out Layer layer)
        {
            layer = default;
            return text is not null && Table.TryGet(text, out layer);
        }

        private static AliasTable<Layer> CreateTable()
        {
            var table = new AliasTable<Layer>();
            foreach (Layer layer in Enum.GetValues(typeof(Layer))) table.Add(layer, layer.ToString());
            // The British spelling, which the guidelines' English translations use.
            table.Add(Layer.Virtualization, "Virtualisation");
            return table;
        }
    }
}

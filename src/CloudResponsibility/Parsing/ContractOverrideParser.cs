using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using CloudResponsibility.Model;

namespace CloudResponsibility.Parsing
{
    /// <summary>
    /// Reads a contract-overrides cell: items separated by ; or line breaks, each
    /// <c>Layer=Owner</c> or <c>Layer=Owner:clause</c> (full-width ＝ ： ； accepted). The layer is
    /// read by <see cref="LayerParser"/>, the owner by <see cref="OwnerParser"/>; the clause is the
    /// free text after the first colon, kept as written. A layer may appear once per cell: two
    /// owners for one layer would be a contradiction the tool cannot settle.
    /// </summary>
    public static class ContractOverrideParser
    {
        private static readonly char[] ItemSeparators = { ';', '；', '\r', '\n' };
        private static readonly char[] EqualSigns = { '=', '＝' };
        private static readonly char[] Colons = { ':', '：' };

        /// <summary>
        /// Reads the overrides of a cell. An empty cell is an empty list. On failure,
        /// <paramref name="error"/> names the first item that could not be read, and why.
        /// </summary>
        public static bool TryParse(string? text, out ValueList<ContractOverride> overrides, [NotNullWhen(false)] out ContractOverrideError? error)
        {
            overrides = ValueList<ContractOverride>.Empty;
            error = null;
            if (TextNormalizer.IsBlank(text)) return true;

            var found = new List<ContractOverride>(2);
            foreach (var rawItem in text!.Split(ItemSeparators))
            {
                var item = rawItem.Trim();
                if (item.Length == 0) continue;
                if (!TryParseItem(item, out var parsed, out error)) return false;
                foreach (var earlier in found)
                {
                    if (earlier.Layer == parsed.Layer)
                    {
                        error = new ContractOverrideError(item, ContractOverrideProblem.RepeatedLayer, parsed.Layer.ToString());
                        return false;
                    }
                }
                found.Add(parsed);
            }
            overrides = found.Count == 0 ? ValueList<ContractOverride>.Empty : new ValueList<ContractOverride>(found);
            return true;
        }

        private static bool TryParseItem(string item, [NotNullWhen(true)] out ContractOverride? parsed, [NotNullWhen(false)] out ContractOverrideError? error)
        {
            parsed = null;
            error = null;
            var equals = item.IndexOfAny(EqualSigns);
            if (equals < 0)
            {
                error = new ContractOverrideError(item, ContractOverrideProblem.NotLayerEqualsOwner, item);
                return false;
            }
            var layerText = item.Substring(0, equals);
            var rest = item.Substring(equals + 1);
            var colon = rest.IndexOfAny(Colons);
            var ownerText = colon < 0 ? rest : rest.Substring(0, colon);
            var clause = colon < 0 ? null : rest.Substring(colon + 1);

            if (!LayerParser.TryParse(layerText, out var layer))
            {
                error = new ContractOverrideError(item, ContractOverrideProblem.UnknownLayer, layerText.Trim());
                return false;
            }
            if (!OwnerParser.TryParse(ownerText, out var owner))
            {
                error = new ContractOverrideError(item, ContractOverrideProblem.UnknownOwner, ownerText.Trim());
                return false;
            }
            parsed = new ContractOverride(layer, owner, clause);
            return true;
        }
    }
}

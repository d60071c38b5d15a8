using CloudResponsibility.Model;

namespace CloudResponsibility.Parsing
{
    /// <summary>Reads who owns a layer: Customer, Provider or Shared in any case and width, or 利用者, 事業者, 共同 / 共有.</summary>
    public static class OwnerParser
    {
        private static readonly AliasTable<Owner> Table = new AliasTable<Owner>()
            .Add(Owner.Customer, "Customer", "利用者")
            .Add(Owner.Provider, "Provider", "事業者")
            .Add(Owner.Shared, "Shared", "共同", "共有");

        /// <summary>Reads an owner; false for an empty or unknown text.</summary>
        public static bool TryParse(string? text, out Owner owner)
        {
            owner = default;
            return text is not null && Table.TryGet(text, out owner);
        }
    }
}

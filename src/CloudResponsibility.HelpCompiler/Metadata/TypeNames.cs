using System;
using System.Linq;

namespace CloudResponsibility.HelpCompiler.Metadata
{
    /// <summary>How types are named in help: the full name for <c>dev:type</c>, the short one in syntax (<c>-Id &lt;String[]&gt;</c>).</summary>
    public static class TypeNames
    {
        /// <summary>The type a value of <paramref name="type"/> holds: arrays and nullables unwrapped.</summary>
        public static Type ElementType(Type type)
        {
            var element = type.IsArray ? type.GetElementType() ?? type : type;
            return Nullable.GetUnderlyingType(element) ?? element;
        }

        /// <summary>The full name, nullable unwrapped, arrays kept: <c>CloudResponsibility.Model.ServiceModel[]</c>.</summary>
        public static string FullName(Type type) =>
            (ElementType(type).FullName ?? ElementType(type).Name) + (type.IsArray ? "[]" : string.Empty);

        /// <summary>The short name, nullable unwrapped, arrays kept: <c>ServiceModel[]</c>.</summary>
        public static string ShortName(Type type) => ElementType(type).Name + (type.IsArray ? "[]" : string.Empty);

        /// <summary>The short form of a full type name: <c>CloudResponsibility.Model.CloudThreat</c> → <c>CloudThreat</c>.</summary>
        public static string ShortName(string fullName) => fullName.Split('.').Last();
    }
}

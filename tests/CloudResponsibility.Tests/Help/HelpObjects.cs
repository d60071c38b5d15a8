using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace CloudResponsibility.Tests.Help
{
    /// <summary>
    /// Reads the objects Get-Help writes the way a script does (<c>$help.examples.example</c>): MAML
    /// help is a tree of PSObjects in which one child is an object and several are an array.
    /// </summary>
    internal static class HelpObjects
    {
        /// <summary>The values at the end of a property path, arrays flattened at every step.</summary>
        public static IReadOnlyList<object> Values(object? source, params string[] path)
        {
            IEnumerable<object> current = Flatten(source);
            foreach (var name in path) current = current.SelectMany(item => Flatten(PSObject.AsPSObject(item).Properties[name]?.Value));
            return current.ToList();
        }

        /// <summary>The text of a property path: strings as they are, paragraphs (objects with Text) by their text, joined by spaces.</summary>
        public static string Text(object? source, params string[] path) =>
            string.Join(" ", Values(source, path).Select(TextOf).Where(t => t.Length > 0)).Trim();

        private static string TextOf(object value)
        {
            var wrapped = PSObject.AsPSObject(value);
            if (wrapped.BaseObject is string text) return text.Trim();
            return (wrapped.Properties["Text"]?.Value as string ?? string.Empty).Trim();
        }

        private static IEnumerable<object> Flatten(object? value)
        {
            var unwrapped = value is PSObject wrapped && wrapped.BaseObject is not PSCustomObject ? wrapped.BaseObject : value;
            if (unwrapped is null) yield break;
            if (unwrapped is IEnumerable items && unwrapped is not string && unwrapped is not IDictionary)
            {
                foreach (var item in items)
                    if (item is not null) yield return item;
                yield break;
            }
            yield return value!;
        }
    }
}

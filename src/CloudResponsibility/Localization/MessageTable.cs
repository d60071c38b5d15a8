using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Resources;
using CloudResponsibility.Model;

namespace CloudResponsibility.Localization
{
    /// <summary>
    /// The messages of one assembly in English and Japanese: a resource file per language, both
    /// embedded in the assembly itself (see the project file), and read here without the runtime's
    /// satellite-assembly lookup, which depends on how and where the assembly was loaded. Each
    /// message is a composite format string under a key; the same key in both languages.
    /// </summary>
    public sealed class MessageTable
    {
        private readonly IReadOnlyDictionary<string, string> english;
        private readonly IReadOnlyDictionary<string, string> japanese;

        /// <summary>
        /// Reads the resources <paramref name="baseName"/>.en.resources and
        /// <paramref name="baseName"/>.ja.resources embedded in <paramref name="assembly"/>.
        /// </summary>
        public MessageTable(Assembly assembly, string baseName)
        {
            if (assembly is null) throw new ArgumentNullException(nameof(assembly));
            if (baseName is null) throw new ArgumentNullException(nameof(baseName));
            english = Read(assembly, baseName + ".en.resources");
            japanese = Read(assembly, baseName + ".ja.resources");
        }

        /// <summary>Every message of a language, by key.</summary>
        public IReadOnlyDictionary<string, string> In(Language language) => language == Language.Ja ? japanese : english;

        /// <summary>The message under <paramref name="key"/> in <paramref name="language"/>, with <paramref name="args"/> put in.</summary>
        /// <exception cref="KeyNotFoundException">No message has the key: a mistake in the code, which the tests catch.</exception>
        public string Format(Language language, string key, params object?[] args)
        {
            if (!In(language).TryGetValue(key, out var text)) throw new KeyNotFoundException($"No message has the key '{key}' in {language}.");
            return args.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, args);
        }

        private static IReadOnlyDictionary<string, string> Read(Assembly assembly, string name)
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new MissingManifestResourceException($"{assembly.GetName().Name} has no resource '{name}'.");
            using var reader = new ResourceReader(stream);
            var messages = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (DictionaryEntry entry in reader)
                if (entry.Key is string key && entry.Value is string text) messages[key] = text;
            return messages;
        }
    }
}

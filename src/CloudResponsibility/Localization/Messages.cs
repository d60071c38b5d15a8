using CloudResponsibility.Model;

namespace CloudResponsibility.Localization
{
    /// <summary>
    /// The domain library's messages (Messages.resx in English, Messages.ja.resx in Japanese), by
    /// the keys of <see cref="MessageKey"/>. A new message is a key there and a text in each file;
    /// a test fails while any of the three lacks it.
    /// </summary>
    internal static class Messages
    {
        /// <summary>The table of this assembly's messages.</summary>
        public static readonly MessageTable Table = new MessageTable(typeof(Messages).Assembly, "CloudResponsibility.Localization.Messages");

        /// <summary>The message under <paramref name="key"/> in <paramref name="language"/>, with <paramref name="args"/> put in.</summary>
        public static string Format(Language language, string key, params object?[] args) => Table.Format(language, key, args);
    }
}

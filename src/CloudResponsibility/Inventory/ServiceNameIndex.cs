using System;
using System.Collections.Generic;
using CloudResponsibility.Parsing;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// Remembers the service names seen so far and the row of each, to tell a repeated name. Names
    /// are compared after trimming and NFKC normalisation, ignoring case ("Ｂｏｘ" and " box " are one
    /// name). At most <see cref="MaxNames"/> names are held, so that memory does not grow with the
    /// length of an inventory. Not thread-safe.
    /// </summary>
    public sealed class ServiceNameIndex
    {
        /// <summary>
        /// The most names the index remembers: far more services than an organisation runs. Past
        /// this many distinct names, a new name is compared with the ones held but not added.
        /// </summary>
        public const int MaxNames = 100_000;

        private readonly Dictionary<string, long> rows = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);

        /// <summary>The number of distinct names held.</summary>
        public int Count => rows.Count;

        /// <summary>Whether the index holds <see cref="MaxNames"/> names and takes no more.</summary>
        public bool IsFull => rows.Count >= MaxNames;

        /// <summary>
        /// Adds a name seen on a row. Returns false, with the row where the name was first seen,
        /// when it has been seen before (the earlier row is kept).
        /// </summary>
        public bool TryAdd(string serviceName, long row, out long earlierRow)
        {
            if (serviceName is null) throw new ArgumentNullException(nameof(serviceName));
            var key = TextNormalizer.Normalize(serviceName);
            if (rows.TryGetValue(key, out earlierRow)) return false;
            if (!IsFull) rows.Add(key, row);
            return true;
        }
    }
}

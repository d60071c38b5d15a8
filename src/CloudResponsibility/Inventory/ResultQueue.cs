using System.Collections.Generic;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// The results of an <see cref="InventoryReader"/> on their way out, in file order, with the
    /// duplicate-name warnings put in. Service names are checked against the index in batches: on
    /// a large index each check is a cache miss, and a tight loop over a batch lets the processor
    /// wait on several at once instead of on each in turn, which costs more than parsing the row.
    /// Results are held back until their batch is checked, at most <see cref="MaxHeld"/> of them,
    /// so a warning still comes before its service and the first result after a few rows.
    /// </summary>
    internal sealed class ResultQueue
    {
        private const int Batch = 64;
        private const int MaxHeld = 256;

        private readonly ServiceNameIndex? names;
        private readonly Queue<InventoryReadResult> ready = new Queue<InventoryReadResult>();
        private readonly List<InventoryReadResult> held = new List<InventoryReadResult>();
        private readonly long[] hashes = new long[Batch];
        private readonly long[] rows = new long[Batch];
        private readonly long[] earlierRows = new long[Batch];
        private int heldServices;

        /// <summary>A queue that checks service names against <paramref name="names"/>, or checks nothing when it is null.</summary>
        public ResultQueue(ServiceNameIndex? names)
        {
            this.names = names;
        }

        /// <summary>The results ready to be taken.</summary>
        public int Count => ready.Count;

        /// <summary>The duplicate-name warnings put in so far.</summary>
        public long Warnings { get; private set; }

        /// <summary>Adds a result that is not a service.</summary>
        public void Add(InventoryReadResult result)
        {
            if (names is null) ready.Enqueue(result);
            else Hold(result);
        }

        /// <summary>Adds the result of a service, whose name is checked before it is passed on.</summary>
        public void AddService(InventoryReadResult result, long row)
        {
            if (names is null)
            {
                ready.Enqueue(result);
                return;
            }
            hashes[heldServices] = ServiceNameIndex.Hash(result.Service!.ServiceName);
            rows[heldServices] = row;
            heldServices++;
            Hold(result);
        }

        /// <summary>Checks the held services' names and passes every held result on: when a batch is full, and at the end of the input.</summary>
        public void Flush()
        {
            if (held.Count == 0) return;
            var wasFull = names!.IsFull;
            for (var i = 0; i < heldServices; i++)
                earlierRows[i] = names.TryAdd(hashes[i], rows[i], out var earlierRow) ? 0 : earlierRow;
            var service = 0;
            foreach (var result in held)
            {
                if (result.Kind == InventoryReadResultKind.Service && earlierRows[service++] is var earlier && earlier > 0)
                {
                    Warnings++;
                    var at = new RowLocation(result.File, result.Row, result.Line);
                    ready.Enqueue(InventoryReadResult.ForWarning(InventoryWarnings.DuplicateServiceName(at, result.Service!.ServiceName, earlier)));
                }
                ready.Enqueue(result);
            }
            if (!wasFull && names.IsFull)
            {
                var last = held[held.Count - 1];
                Warnings++;
                ready.Enqueue(InventoryReadResult.ForWarning(InventoryWarnings.DuplicateCheckLimited(new RowLocation(last.File, last.Row, last.Line))));
            }
            held.Clear();
            heldServices = 0;
        }

        /// <summary>Takes the next ready result; null when none is ready.</summary>
        public InventoryReadResult? Take() => ready.Count > 0 ? ready.Dequeue() : null;

        private void Hold(InventoryReadResult result)
        {
            held.Add(result);
            if (heldServices == Batch || held.Count >= MaxHeld) Flush();
        }
    }
}

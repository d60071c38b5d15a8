using System.Collections.Generic;
using System.Threading;

namespace CloudResponsibility.Threading
{
    /// <summary>
    /// A bounded queue between one producer and one consumer thread that waits without spinning,
    /// and keeps spent items for reuse. The report writer is usually the one waiting — for the
    /// PowerShell pipeline thread — and BlockingCollection spins before it sleeps, which on a
    /// two-core machine is time taken from the very thread it waits for.
    /// </summary>
    internal sealed class HandOffQueue<T> where T : class
    {
        private readonly Queue<T> items = new Queue<T>();
        private readonly Stack<T> spares = new Stack<T>();
        private readonly int capacity;
        private bool completed;

        public HandOffQueue(int capacity)
        {
            this.capacity = capacity;
        }

        /// <summary>Adds an item, waiting while the queue is full.</summary>
        public void Add(T item)
        {
            lock (items)
            {
                while (items.Count >= capacity) Monitor.Wait(items);
                items.Enqueue(item);
                Monitor.PulseAll(items);
            }
        }

        /// <summary>Takes the next item, waiting while there is none; null once the queue is complete and empty.</summary>
        public T? Take()
        {
            lock (items)
            {
                while (items.Count == 0 && !completed) Monitor.Wait(items);
                if (items.Count == 0) return null;
                var item = items.Dequeue();
                Monitor.PulseAll(items);
                return item;
            }
        }

        /// <summary>No more items will be added; the consumer takes what is left and stops.</summary>
        public void CompleteAdding()
        {
            lock (items)
            {
                completed = true;
                Monitor.PulseAll(items);
            }
        }

        /// <summary>Keeps a spent item for <see cref="TakeSpare"/>.</summary>
        public void Recycle(T spent)
        {
            lock (items) spares.Push(spent);
        }

        /// <summary>A spent item to reuse, or null.</summary>
        public T? TakeSpare()
        {
            lock (items) return spares.Count > 0 ? spares.Pop() : null;
        }
    }
}

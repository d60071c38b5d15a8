using System.Collections.Generic;
using System.Threading;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// A bounded queue between one producer and one consumer thread that waits without spinning.
    /// The report writer is usually the one waiting, for the PowerShell pipeline thread, and
    /// BlockingCollection spins (yielding the processor in a loop) before it sleeps: on a two-core
    /// machine that is time taken from the very thread it waits for.
    /// </summary>
    internal sealed class HandOffQueue<T> where T : class
    {
        private readonly Queue<T> items = new Queue<T>();
        private readonly int capacity;
        private bool completed;
        private bool cancelled;

        public HandOffQueue(int capacity)
        {
            this.capacity = capacity;
        }

        /// <summary>Adds an item, waiting while the queue is full; false once the queue is cancelled.</summary>
        public bool Add(T item)
        {
            lock (items)
            {
                while (items.Count >= capacity && !cancelled) Monitor.Wait(items);
                if (cancelled) return false;
                items.Enqueue(item);
                Monitor.PulseAll(items);
                return true;
            }
        }

        /// <summary>Takes the next item, waiting while there is none; null once the queue is complete and empty, or cancelled.</summary>
        public T? Take()
        {
            lock (items)
            {
                while (items.Count == 0 && !completed && !cancelled) Monitor.Wait(items);
                if (cancelled || items.Count == 0) return null;
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

        /// <summary>Stops both sides at once: waiting adds and takes return, and the items left are dropped.</summary>
        public void Cancel()
        {
            lock (items)
            {
                cancelled = true;
                items.Clear();
                Monitor.PulseAll(items);
            }
        }
    }
}

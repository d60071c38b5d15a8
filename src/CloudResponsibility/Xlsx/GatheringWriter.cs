using System.IO;
using System.Text;

namespace CloudResponsibility.Xlsx
{
    /// <summary>
    /// Gathers a worksheet's many small pieces of XML in an array and passes them on to its target
    /// in large ones. A cell is written as five to eight short strings, and through a sealed type
    /// each is a direct call and a copy instead of a virtual call into the target's own checks.
    /// </summary>
    internal sealed class GatheringWriter : TextWriter
    {
        private readonly char[] buffer = new char[1 << 14];
        private int length;
        private TextWriter target;

        public GatheringWriter(TextWriter target) => this.target = target;

        public override Encoding Encoding => target.Encoding;

        /// <summary>Passes on what it holds, then writes to <paramref name="next"/>.</summary>
        public void Retarget(TextWriter next)
        {
            Drain();
            target = next;
        }

        /// <summary>Passes on what it holds, so that its target has everything written so far.</summary>
        public void Drain()
        {
            if (length == 0) return;
            target.Write(buffer, 0, length);
            length = 0;
        }

        public override void Write(char value)
        {
            if (length == buffer.Length) Drain();
            buffer[length++] = value;
        }

        public override void Write(string? value)
        {
            if (value is null) return;
            if (value.Length > buffer.Length - length)
            {
                Drain();
                if (value.Length > buffer.Length)
                {
                    target.Write(value);
                    return;
                }
            }
            value.CopyTo(0, buffer, length, value.Length);
            length += value.Length;
        }

        public override void Write(char[] chars, int index, int count)
        {
            if (count > buffer.Length - length)
            {
                Drain();
                if (count > buffer.Length)
                {
                    target.Write(chars, index, count);
                    return;
                }
            }
            System.Array.Copy(chars, index, buffer, length, count);
            length += count;
        }

        public override void Flush()
        {
            Drain();
            target.Flush();
        }
    }
}

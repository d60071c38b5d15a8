using System;
using System.Management.Automation.Host;

namespace CloudResponsibility.Host
{
    /// <summary>
    /// A fixed-width "screen" for a host that writes streams: the formatter asks it how wide a line may be and
    /// how wide a string is, and nothing else here needs a real terminal.
    /// </summary>
    internal sealed class ConsoleRawUserInterface : PSHostRawUserInterface
    {
        // The formatter reads only the width; a tall buffer keeps scripts that page by height from paging.
        private const int BufferHeight = 9001;
        private const int WindowHeight = 50;

        private Size _bufferSize;
        private Size _windowSize;

        public ConsoleRawUserInterface(int width)
        {
            _bufferSize = new Size(width, BufferHeight);
            _windowSize = new Size(width, WindowHeight);
        }

        public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.Gray;

        public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;

        public override Coordinates CursorPosition { get; set; }

        public override int CursorSize { get; set; } = 25;

        public override Size BufferSize
        {
            get => _bufferSize;
            set => _bufferSize = value;
        }

        public override Size WindowSize
        {
            get => _windowSize;
            set => _windowSize = value;
        }

        public override Size MaxWindowSize => _bufferSize;

        public override Size MaxPhysicalWindowSize => _bufferSize;

        public override Coordinates WindowPosition { get; set; }

        // Kept but not shown: the host may be writing to a pipe, and retitling the user's terminal is not its business.
        public override string WindowTitle { get; set; } = "crhost";

        public override bool KeyAvailable => false;

        public override KeyInfo ReadKey(ReadKeyOptions options) => throw ConsoleHostUserInterface.NotInteractive("read a key");

        public override void FlushInputBuffer()
        {
            // Nothing is ever read from the keyboard, so there is nothing to discard.
        }

        public override BufferCell[,] GetBufferContents(Rectangle rectangle) =>
            throw new NotSupportedException("crhost writes text streams and has no screen buffer to read.");

        // A script that clears or scrolls the screen should still run when its output goes to a file or a pipe,
        // as it does under pwsh with redirected output, so changes to the nonexistent buffer are dropped.
        public override void SetBufferContents(Coordinates origin, BufferCell[,] contents)
        {
        }

        public override void SetBufferContents(Rectangle rectangle, BufferCell fill)
        {
        }

        public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill)
        {
        }

        public override int LengthInBufferCells(char source) => CellWidth.Of(source);

        public override int LengthInBufferCells(string source) => CellWidth.Of(source);

        public override int LengthInBufferCells(string source, int offset) => CellWidth.Of(source, offset);
    }
}

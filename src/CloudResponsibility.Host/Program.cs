using System;
using System.IO;
using System.Text;

namespace CloudResponsibility.Host
{
    internal static class Program
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        private static int Main(string[] args)
        {
            (TextWriter stdout, TextWriter stderr) = OpenUtf8Streams();
            var environment = new HostEnvironment(Environment.CurrentDirectory) { TerminalWidth = TerminalWidth() };
            return HostProgram.Run(args, stdout, stderr, environment);
        }

        private static (TextWriter Output, TextWriter Error) OpenUtf8Streams()
        {
            try
            {
                // The catalog is bilingual: without this a Windows console shows its OEM code page and the Japanese is lost.
                Console.OutputEncoding = Utf8;
                return (Console.Out, Console.Error);
            }
            catch (IOException)
            {
                // No console is attached (a detached or service process), so the code page cannot be set;
                // the standard handles are plain byte streams then, and UTF-8 is what readers of them expect.
                return (
                    new StreamWriter(Console.OpenStandardOutput(), Utf8) { AutoFlush = true },
                    new StreamWriter(Console.OpenStandardError(), Utf8) { AutoFlush = true });
            }
        }

        private static int? TerminalWidth()
        {
            if (Console.IsOutputRedirected)
            {
                return null;
            }

            try
            {
                int width = Console.WindowWidth;
                return width > 0 ? width : null;
            }
            catch (IOException)
            {
                return null;
            }
        }
    }
}

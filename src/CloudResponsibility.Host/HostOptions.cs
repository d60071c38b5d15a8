using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CloudResponsibility.Host
{
    /// <summary>The parsed command line of crhost.</summary>
    public sealed class HostOptions
    {
        public const int MinimumWidth = 20;
        public const int MaximumWidth = 10000;

        public const string Usage =
            """
            Usage: crhost -Command <text> [options]
                   crhost [options] -File <script.ps1> [script arguments...]

            Runs PowerShell on the engine built into crhost, with the CloudResponsibility module imported.

            Options:
              -Command, -c <text>  Run the text as a script.
              -File, -f <path>     Run a .ps1 script. Everything after the path goes to the script:
                                   positional values fill its param() block and $args; -Name value
                                   and -Name:value bind by name, -Switch sets a switch.
              -Module <path>       Import this module manifest (or the CloudResponsibility.psd1 in this
                                   folder). Without it: $env:CLOUDRESPONSIBILITY_MODULE, else the first
                                   CloudResponsibility.psd1 above the current folder, then above crhost.
              -NoModule            Import no module.
              -Width <N>           Format output for N columns (default: the terminal's width, or 120
                                   when output is redirected).
              -Help, -h, -?        Show this help.

            Options are case-insensitive. Output goes to stdout; errors, warnings, verbose and debug
            messages go to stderr.

            Exit code: N after 'exit N'; 1 after an uncaught error, when the last statement of
            -Command failed, or when the module cannot be imported; 2 for a command-line error;
            otherwise 0.

            """;

        private HostOptions()
        {
        }

        public string? Command { get; private set; }

        public string? File { get; private set; }

        public IReadOnlyList<string> ScriptArguments { get; private set; } = Array.Empty<string>();

        public string? ModulePath { get; private set; }

        public bool NoModule { get; private set; }

        public int? Width { get; private set; }

        public bool ShowHelp { get; private set; }

        /// <exception cref="HostUsageException">The arguments do not make a valid command line.</exception>
        public static HostOptions Parse(IReadOnlyList<string> args)
        {
            ArgumentNullException.ThrowIfNull(args);
            var options = new HostOptions();
            for (int i = 0; i < args.Count; i++)
            {
                string arg = args[i];
                switch (OptionName(arg))
                {
                    case "command" or "c":
                        options.Command = Once(options.Command, arg, TakeValue(args, ref i));
                        break;
                    case "file" or "f":
                        options.File = Once(options.File, arg, TakeValue(args, ref i));
                        // Like pwsh: what follows the script belongs to the script, even when it looks like an option.
                        options.ScriptArguments = args.Skip(i + 1).ToArray();
                        i = args.Count;
                        break;
                    case "module":
                        options.ModulePath = Once(options.ModulePath, arg, TakeValue(args, ref i));
                        break;
                    case "nomodule":
                        options.NoModule = true;
                        break;
                    case "width":
                        options.Width = ParseWidth(TakeValue(args, ref i));
                        break;
                    case "help" or "h" or "?":
                        options.ShowHelp = true;
                        break;
                    case null:
                        throw new HostUsageException($"unexpected argument '{arg}'. Quote the whole -Command text as one argument.");
                    default:
                        throw new HostUsageException($"unknown option '{arg}'.");
                }
            }

            if (!options.ShowHelp)
            {
                options.Validate();
            }

            return options;
        }

        private void Validate()
        {
            if (Command is not null && File is not null)
            {
                throw new HostUsageException("-Command and -File cannot be used together.");
            }

            if (Command is null && File is null)
            {
                throw new HostUsageException("nothing to run: give -Command <text> or -File <path>.");
            }

            if (NoModule && ModulePath is not null)
            {
                throw new HostUsageException("-Module and -NoModule cannot be used together.");
            }
        }

        private static string? OptionName(string arg)
        {
            // pwsh accepts both spellings, and people type the GNU one out of habit.
            string name = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..]
                : arg.StartsWith('-') ? arg[1..]
                : string.Empty;
            return name.Length == 0 ? null : name.ToLowerInvariant();
        }

        private static string TakeValue(IReadOnlyList<string> args, ref int index)
        {
            if (index + 1 >= args.Count)
            {
                throw new HostUsageException($"option '{args[index]}' needs a value.");
            }

            index++;
            return args[index];
        }

        private static string Once(string? current, string option, string value) =>
            current is null ? value : throw new HostUsageException($"option '{option}' is given more than once.");

        private static int ParseWidth(string text)
        {
            // Below a few columns every table collapses to one truncated column, which is never what was meant.
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int width)
                && width is >= MinimumWidth and <= MaximumWidth)
            {
                return width;
            }

            throw new HostUsageException($"-Width needs a whole number from {MinimumWidth} to {MaximumWidth}, not '{text}'.");
        }
    }
}

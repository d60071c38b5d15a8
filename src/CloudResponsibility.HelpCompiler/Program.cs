using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CloudResponsibility.HelpCompiler.Metadata;

namespace CloudResponsibility.HelpCompiler
{
    /// <summary>
    /// <c>CloudResponsibility.HelpCompiler &lt;cmdlet assembly&gt; &lt;help source folder&gt; &lt;output folder&gt;...</c>:
    /// checks the Markdown help against the compiled cmdlets and writes
    /// <c>&lt;output&gt;/&lt;culture&gt;/&lt;assembly&gt;-Help.xml</c> and the about topics into every output folder.
    /// Exit codes: 0 written; 1 the help has problems (each printed as <c>file(line): error CRHELPnn: …</c>,
    /// which MSBuild reports as build errors), nothing written; 2 wrong arguments.
    /// </summary>
    public static class Program
    {
        /// <summary>Runs the compiler.</summary>
        public static int Main(string[] args)
        {
            if (args.Length < 3 || args.Any(string.IsNullOrWhiteSpace))
            {
                Console.Error.WriteLine("usage: CloudResponsibility.HelpCompiler <cmdlet assembly.dll> <help source folder> <output folder> [<output folder>...]");
                return 2;
            }
            var assemblyPath = Path.GetFullPath(args[0]);
            var sourceFolder = Path.GetFullPath(args[1]);
            var outputFolders = args.Skip(2).Select(Path.GetFullPath).ToList();
            if (!File.Exists(assemblyPath)) return Fail(new HelpProblem(HelpProblemCode.Input, assemblyPath, 0, "the cmdlet assembly does not exist; build it first."));
            if (!Directory.Exists(sourceFolder)) return Fail(new HelpProblem(HelpProblemCode.Input, sourceFolder, 0, "the help source folder does not exist."));

            IReadOnlyList<CmdletDescriptor> cmdlets;
            try
            {
                cmdlets = CmdletAssemblyReader.Read(assemblyPath);
            }
            catch (Exception exception) when (exception is InvalidOperationException or IOException or BadImageFormatException)
            {
                return Fail(new HelpProblem(HelpProblemCode.Input, assemblyPath, 0, "the assembly cannot be reflected: " + exception.Message));
            }

            var compilation = new HelpCompilation(cmdlets, sourceFolder, HelpSources.ReadAll(sourceFolder));
            var problems = compilation.Check();
            if (problems.Count > 0) return Fail(problems.ToArray());
            foreach (var fallback in compilation.Fallbacks()) Console.WriteLine(fallback);
            var helpFileName = Path.GetFileName(assemblyPath) + "-Help.xml";
            var cultures = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var folder in outputFolders)
            {
                try
                {
                    foreach (var file in compilation.WriteTo(folder, helpFileName))
                        cultures.Add(Path.GetFileName(Path.GetDirectoryName(file)) ?? string.Empty);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    return Fail(new HelpProblem(HelpProblemCode.Input, folder, 0, "the help cannot be written: " + exception.Message));
                }
            }
            Console.WriteLine($"  {Path.GetFileNameWithoutExtension(assemblyPath)} help ({cmdlets.Count} cmdlets; {string.Join(", ", cultures)}) -> {string.Join(", ", outputFolders)}");
            return 0;
        }

        private static int Fail(params HelpProblem[] problems)
        {
            foreach (var problem in problems) Console.Out.WriteLine(problem);
            Console.Out.WriteLine($"Help not compiled: {problems.Length} problem(s).");
            return 1;
        }
    }
}

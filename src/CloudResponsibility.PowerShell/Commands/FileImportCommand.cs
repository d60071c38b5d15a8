using System;
using System.IO;
using System.Management.Automation;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// What the Import- cmdlets share: files by <c>-Path</c> (wildcards, or paths piped in) or
    /// <c>-LiteralPath</c> (PSPath of Get-ChildItem's output), each resolved, checked and read in
    /// turn; a folder or a missing file is an error record and the other files are still read.
    /// </summary>
    public abstract class FileImportCommand : TableReadingCommand
    {
        private const string PathSet = "Path";
        private const string LiteralPathSet = "LiteralPath";

        /// <summary>The files to read; wildcards allowed.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = PathSet)]
        [SupportsWildcards]
        public string[] Path { get; set; } = Array.Empty<string>();

        /// <summary>The files to read, taken literally (no wildcard characters are interpreted).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = LiteralPathSet)]
        [Alias("PSPath", "LP")]
        public string[] LiteralPath { get; set; } = Array.Empty<string>();

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            var literal = ParameterSetName == LiteralPathSet;
            foreach (var file in ProviderPaths.Resolve(this, OutputLanguage, literal ? LiteralPath : Path, literal))
            {
                if (Directory.Exists(file)) WriteError(ErrorRecords.PathIsDirectory(OutputLanguage, file));
                else if (!File.Exists(file)) WriteError(ErrorRecords.PathNotFound(OutputLanguage, file));
                else Import(file);
            }
        }

        /// <summary>Reads one existing file, writing its objects and its rows' errors.</summary>
        protected abstract void Import(string file);
    }
}

using System.Management.Automation;
using CloudResponsibility.Inventory;
using CloudResponsibility.PowerShell.Completion;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// What the cmdlets that read table files (inventories, questionnaires; CSV or .xlsx) share:
    /// <c>-Encoding</c>, <c>-Delimiter</c> and <c>-WorksheetName</c>, turned into the reader's options once per call in <see cref="BeginProcessing"/>;
    /// a bad encoding or delimiter stops the command.
    /// </summary>
    public abstract class TableReadingCommand : CloudResponsibilityCommand
    {
        /// <summary>
        /// The files' encoding: utf8, unicode, shift_jis (cp932) … Detected when omitted: a byte order
        /// mark, else UTF-8 if the start of the file is valid UTF-8, else Shift_JIS (as Japanese Excel saves CSV).
        /// </summary>
        [Parameter]
        [ArgumentCompleter(typeof(EncodingCompleter))]
        public string? Encoding { get; set; }

        /// <summary>The field separator: ',' by default, tab for a .tsv file; ';' or "`t" for other spreadsheet locales.</summary>
        [Parameter]
        public char Delimiter { get; set; } = ',';

        /// <summary>The worksheet to read from .xlsx workbooks, by name; the first when omitted. CSV files ignore it.</summary>
        [Parameter]
        public string? WorksheetName { get; set; }

        /// <summary>How the files are read; set in <see cref="BeginProcessing"/>.</summary>
        protected InventoryReaderOptions ReaderOptions { get; private set; } = InventoryReaderOptions.Default;

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            ReaderOptions = InventoryOptions.From(this, OutputLanguage, Encoding, MyInvocation.BoundParameters.ContainsKey(nameof(Delimiter)) ? Delimiter : null, WorksheetName);
        }
    }
}

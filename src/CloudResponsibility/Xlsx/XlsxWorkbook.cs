using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;

namespace CloudResponsibility.Xlsx
{
    /// <summary>
    /// An .xlsx workbook opened for reading: its worksheets by name, its shared strings and which of
    /// its styles are dates, then one worksheet's rows streamed (<see cref="WorksheetReader"/>).
    /// The shared strings are held in memory (their number is that of distinct texts, not of rows);
    /// the rows are not. A file that is no workbook, or an encrypted one, is a
    /// <see cref="WorkbookException"/>, never another exception.
    /// </summary>
    internal sealed class XlsxWorkbook : IDisposable
    {
        private static readonly byte[] CompoundFileSignature = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

        private readonly Stream file;
        private readonly ZipArchive archive;
        private readonly List<(string Name, string Part)> sheets;

        private XlsxWorkbook(Stream file, ZipArchive archive, List<(string, string)> sheets, string[] sharedStrings, CellFormats formats)
        {
            this.file = file;
            this.archive = archive;
            this.sheets = sheets;
            SharedStrings = sharedStrings;
            Formats = formats;
        }

        /// <summary>The worksheets' names, in the order of their tabs.</summary>
        public IReadOnlyList<string> SheetNames => sheets.Select(sheet => sheet.Name).ToList();

        public IReadOnlyList<string> SharedStrings { get; }

        public CellFormats Formats { get; }

        /// <summary>Whether a file's name says it is a workbook (or an .xls, which is reported as unreadable).</summary>
        public static bool HasWorkbookExtension(string path)
        {
            var extension = Path.GetExtension(path).ToLowerInvariant();
            return extension == ".xlsx" || extension == ".xlsm" || extension == ".xltx" || extension == ".xltm" || extension == ".xls";
        }

        /// <summary>
        /// Whether a seekable stream starts as a workbook does: a ZIP package, or an OLE compound file
        /// (an encrypted workbook, an .xls). The stream is put back where it was.
        /// </summary>
        public static bool StartsLikeWorkbook(Stream stream)
        {
            var position = stream.Position;
            var start = new byte[8];
            var read = 0;
            for (int n; read < start.Length && (n = stream.Read(start, read, start.Length - read)) > 0;) read += n;
            stream.Position = position;
            return (read >= 4 && start[0] == (byte)'P' && start[1] == (byte)'K' && start[2] == 3 && start[3] == 4) || (read == 8 && start.SequenceEqual(CompoundFileSignature));
        }

        /// <summary>Opens a workbook, shared for reading and writing, so that a file open in Excel can be read.</summary>
        /// <exception cref="WorkbookException">The file is no workbook, or an encrypted one.</exception>
        public static XlsxWorkbook Open(string path)
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
            try
            {
                var start = new byte[8];
                var read = stream.Read(start, 0, start.Length);
                if (read == 8 && start.SequenceEqual(CompoundFileSignature)) throw new WorkbookException(WorkbookProblem.Encrypted, "an OLE compound file");
                stream.Position = 0;
                var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
                try
                {
                    var workbookPart = WorkbookPart(archive);
                    var sheets = ReadSheets(archive, workbookPart);
                    var folder = workbookPart.Substring(0, workbookPart.LastIndexOf('/') + 1);
                    var shared = Part(archive, folder + "sharedStrings.xml") is { } strings ? ReadSharedStrings(strings) : Array.Empty<string>();
                    var formats = Part(archive, folder + "styles.xml") is { } styles ? CellFormats.Read(styles.Open()) : CellFormats.None;
                    return new XlsxWorkbook(stream, archive, sheets, shared, formats);
                }
                catch
                {
                    archive.Dispose();
                    throw;
                }
            }
            catch (Exception exception) when (exception is InvalidDataException || exception is XmlException || exception is IOException && !(exception is FileNotFoundException) || exception is NotSupportedException)
            {
                stream.Dispose();
                throw new WorkbookException(WorkbookProblem.Corrupt, exception.Message, exception);
            }
            catch
            {
                stream.Dispose();
                throw;
            }
        }

        /// <summary>The rows of a worksheet: the first when <paramref name="name"/> is null.</summary>
        /// <exception cref="WorkbookException">No worksheet of that name, or none at all.</exception>
        public WorksheetReader OpenSheet(string? name, out string sheetName)
        {
            var index = name is null ? (sheets.Count > 0 ? 0 : -1) : sheets.FindIndex(sheet => string.Equals(sheet.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
            if (index < 0) throw new WorkbookException(WorkbookProblem.SheetNotFound, string.Join(", ", sheets.Select(sheet => "'" + sheet.Name + "'")));
            sheetName = sheets[index].Name;
            var part = Part(archive, sheets[index].Part) ?? throw WorkbookException.PartMissing(sheets[index].Part);
            return new WorksheetReader(part.Open(), this);
        }

        public void Dispose()
        {
            archive.Dispose();
            file.Dispose();
        }

        private static ZipArchiveEntry? Part(ZipArchive archive, string name) =>
            archive.GetEntry(name) ?? archive.Entries.FirstOrDefault(entry => string.Equals(entry.FullName, name, StringComparison.OrdinalIgnoreCase));

        /// <summary>The workbook part, as the package's relationships name it (xl/workbook.xml in every file Excel saves).</summary>
        private static string WorkbookPart(ZipArchive archive)
        {
            if (Part(archive, "_rels/.rels") is { } rels)
            {
                foreach (var (type, target) in Relationships(rels))
                    if (type.EndsWith("/officeDocument", StringComparison.Ordinal)) return target.TrimStart('/');
            }
            if (Part(archive, "xl/workbook.xml") is not null) return "xl/workbook.xml";
            throw WorkbookException.PartMissing("xl/workbook.xml");
        }

        private static List<(string, string)> ReadSheets(ZipArchive archive, string workbookPart)
        {
            var folder = workbookPart.Substring(0, workbookPart.LastIndexOf('/') + 1);
            var relsName = folder + "_rels/" + workbookPart.Substring(folder.Length) + ".rels";
            var targets = new Dictionary<string, string>(StringComparer.Ordinal);
            if (Part(archive, relsName) is { } rels)
            {
                using var xml = XmlReader.Create(rels.Open(), WorkbookXml.Settings);
                while (xml.Read())
                    if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } target)
                        targets[id] = target.StartsWith("/", StringComparison.Ordinal) ? target.TrimStart('/') : folder + target;
            }
            var sheets = new List<(string, string)>();
            var workbook = Part(archive, workbookPart) ?? throw WorkbookException.PartMissing(workbookPart);
            using (var xml = XmlReader.Create(workbook.Open(), WorkbookXml.Settings))
            {
                while (xml.Read())
                {
                    if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "sheet") continue;
                    var name = xml.GetAttribute("name") ?? string.Empty;
                    var id = xml.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
                    // Chart sheets and dialog sheets have targets too, but no rows: only worksheets count.
                    if (id is not null && targets.TryGetValue(id, out var part) && part.IndexOf("worksheets/", StringComparison.OrdinalIgnoreCase) >= 0) sheets.Add((name, part));
                }
            }
            return sheets;
        }

        private static IEnumerable<(string Type, string Target)> Relationships(ZipArchiveEntry rels)
        {
            using var xml = XmlReader.Create(rels.Open(), WorkbookXml.Settings);
            while (xml.Read())
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship")
                    yield return (xml.GetAttribute("Type") ?? string.Empty, xml.GetAttribute("Target") ?? string.Empty);
        }

        private static string[] ReadSharedStrings(ZipArchiveEntry part)
        {
            var strings = new List<string>();
            using var xml = XmlReader.Create(part.Open(), WorkbookXml.Settings);
            while (xml.Read())
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si") strings.Add(WorkbookXml.ReadStringItem(xml));
            return strings.ToArray();
        }
    }
}

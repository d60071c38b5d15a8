using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CloudResponsibility.ThreatModel.Formats
{
    /// <summary>How the threat models' JSON files are written: indented, Japanese as is (not \u-escaped), UTF-8 without BOM.</summary>
    internal static class JsonFile
    {
        public static Utf8JsonWriter Open(Stream stream) =>
            new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}

using System;
using System.IO;

namespace CloudResponsibility.HelpCompiler
{
    /// <summary>
    /// Replaces a file in one step: the content goes to a temporary file beside it, which is then
    /// renamed over it. Get-Help never reads half a file, and two builds running at once in the
    /// same tree (the net8.0 builds of several projects' references) never write into each other.
    /// </summary>
    public static class AtomicFile
    {
        /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>, creating its folder.</summary>
        public static void Write(string path, Action<Stream> write)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
            Directory.CreateDirectory(folder);
            var temporary = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    write(stream);
                }
                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                if (File.Exists(temporary)) File.Delete(temporary);
            }
        }
    }
}

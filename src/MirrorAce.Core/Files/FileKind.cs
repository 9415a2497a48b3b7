using System.Runtime.InteropServices;

namespace MirrorAce.Files;

/// <summary>
/// What kind of thing a path names. A device, FIFO or socket reports size 0 and could block an open
/// forever, so it must be told apart from an empty file before it is opened.
/// </summary>
internal static partial class FileKind
{
    // The file-type bits of the runtime's own stat shim (libSystem.Native), the same on every Unix.
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;

    /// <summary>Whether <paramref name="path"/> (links followed) is a regular file; true where this cannot be told (Windows).</summary>
    public static bool IsRegularFile(string path)
    {
        if (OperatingSystem.IsWindows()) return true;
        try
        {
            return Stat(path, out var status) != 0 || (status.Mode & TypeMask) == Regular;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return true;
        }
    }

    // The runtime's FileStatus struct begins with Flags and Mode; the rest is left as room, never read.
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, out FileStatus status);
}

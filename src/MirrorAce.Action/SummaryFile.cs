using System.Text;

namespace MirrorAce.Action;

/// <summary>
/// The step's Markdown summary file (<c>GITHUB_STEP_SUMMARY</c>). GitHub refuses a summary over 1 MiB and
/// then shows nothing of it, so every section is sized to the room the file has left.
/// </summary>
internal static class SummaryFile
{
    /// <summary>GitHub's limit for one step's summary file.</summary>
    public const int LimitBytes = 1024 * 1024;

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Bytes the file can still take.</summary>
    public static int Room(string path) =>
        (int)Math.Max(0, LimitBytes - (File.Exists(path) ? new FileInfo(path).Length : 0));

    public static bool Fits(string text, int budgetBytes) => Utf8WithoutBom.GetByteCount(text) <= budgetBytes;

    public static void Append(string path, string text) => File.AppendAllText(path, text, Utf8WithoutBom);

    /// <summary>
    /// The text with as many of its <paramref name="rows"/> as fit in <paramref name="budgetBytes"/>
    /// (<paramref name="build"/> renders the first n rows); null when not even none fit.
    /// </summary>
    public static string? Fit(int rows, Func<int, string> build, int budgetBytes)
    {
        var most = Largest(rows, n => Fits(build(n), budgetBytes));
        return most >= 0 ? build(most) : null;
    }

    /// <summary>The largest n in [0, max] with fits(n), by bisection (fits is monotone); -1 when none.</summary>
    public static int Largest(int max, Func<int, bool> fits)
    {
        if (fits(max)) return max;
        if (!fits(0)) return -1;
        int low = 0, high = max;
        while (low < high)
        {
            var middle = low + (high - low + 1) / 2;
            if (fits(middle)) low = middle;
            else high = middle - 1;
        }
        return low;
    }
}

using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.BuildTasks;

/// <summary>
/// What one run of the task did, as a Markdown file (<c>MirrorAceSummaryFile</c>), announced with the
/// <c>$(MSBuildProjectName) -> path</c> message. The terminal logger (the default of <c>dotnet build</c> in a
/// terminal) hides high-importance messages below detailed verbosity, but prints the last such "->" message of
/// a project on its result line, as it does for the built assembly: the file is where the links, the dry run's
/// plan and the release-notes outcome can be read at every verbosity.
/// </summary>
internal sealed class BuildSummary(bool dryRun)
{
    private readonly List<string> _lines = [];

    /// <summary>Adds a line of Markdown (callers escape what they did not write themselves).</summary>
    public void Add(string markdown) => _lines.Add(markdown);

    /// <summary>Adds the uploaded (and reused) files as a table with their links.</summary>
    public void AddFiles(IReadOnlyList<UploadedFile> files)
    {
        if (files.Count == 0)
        {
            _lines.Add("No file was uploaded.");
            return;
        }
        _lines.Add(LinksMarkdown.Render(files).TrimEnd('\n'));
    }

    /// <summary>Adds the files that failed, by path and code: their errors are in the build's output.</summary>
    public void AddFailures(IEnumerable<(string Path, string Code)> failures)
    {
        var list = failures.ToList();
        if (list.Count == 0) return;
        _lines.Add($"{list.Count} file{(list.Count == 1 ? " was" : "s were")} not uploaded (the build's errors say why and what to do):");
        _lines.AddRange(list.Select(f => $"- {LinksMarkdown.Escape(f.Path)}: {LinksMarkdown.Escape(f.Code)}"));
    }

    /// <summary>
    /// Writes the file (nothing when <paramref name="path"/> is empty) and logs <c>projectName -> path</c> at high
    /// importance; a file that cannot be written is warning MA2005, because the uploads themselves succeeded.
    /// </summary>
    public void Write(TaskLoggingHelper log, string? path, string? projectName)
    {
        if (string.IsNullOrWhiteSpace(path)) return;
        var text = new StringBuilder();
        text.Append(dryRun ? "# MirrorAce dry run" : "# MirrorAce upload");
        if (!string.IsNullOrWhiteSpace(projectName)) text.Append(": ").Append(LinksMarkdown.Escape(projectName));
        text.Append("\n\n");
        foreach (var line in _lines) text.Append(line).Append("\n\n");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text.ToString().TrimEnd('\n') + "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.LogWarning(null, ErrorCodes.SummaryNotWritten, null, path, 0, 0, 0, 0,
                "MirrorAce could not write its summary ({0}); the build log has the same lines at high importance (dotnet build -v:d, or -tl:off)",
                PrintableText.ForLog(e.Message));
            return;
        }
        // The form CopyFilesToOutputDirectory uses for the assembly: the terminal logger shows the text after "->" as the project's output.
        if (!string.IsNullOrWhiteSpace(projectName))
            log.LogMessage(MessageImportance.High, "{0} -> {1}", projectName, PrintableText.ForLog(path));
    }
}

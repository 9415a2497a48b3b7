using System.Text;
using MirrorAce.Api;
using MirrorAce.GitHub;
using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.Action;

/// <summary>
/// The <c>verify</c> input: what MirrorAce's <c>file/info</c> says now of every link the release's notes list,
/// this run's included. Mirror hosts drop files over time; a link that is not active is a warning, not a
/// failure, because nothing this job did caused it.
/// </summary>
internal static class LinkVerification
{
    /// <summary>Reports every link; false when the notes or MirrorAce could not be read.</summary>
    public static async Task<bool> RunAsync(ReleaseTarget target, MirrorAceClient client, WorkflowCommands log, string? summaryPath, CancellationToken ct)
    {
        ReleaseContents release;
        IReadOnlyDictionary<string, RemoteFileInfo> infos;
        try
        {
            release = await ReleaseNotesReader.ReadAsync(target, includeAssets: false, ReleaseNotesOptions.Default with { OnNotice = log.Line }, ct);
            infos = release.Rows.Count == 0 ? new Dictionary<string, RemoteFileInfo>()
                : await client.GetFileInfoAsync(release.Rows.Select(r => r.Slug).Distinct(StringComparer.Ordinal), ct);
        }
        catch (MirrorAceException e)
        {
            log.Error("The links of the release could not be verified: " + e.Message, e.Code);
            return false;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            log.Line("Cancelled before the links of the release were verified.");
            return false;
        }

        var name = release.Tag is { } tag ? $"release {tag}" : target.Description;
        var checks = release.Rows.Select(r => new Check(r, infos[r.Slug])).ToList();
        log.Group($"Verifying the {checks.Count} MirrorAce link{(checks.Count == 1 ? "" : "s")} in the notes of {name}");
        foreach (var check in checks)
            log.Line($"{check.Row.Name}: {check.Describe()}, {check.Row.Url}");
        log.EndGroup();
        foreach (var check in checks.Where(c => !c.Healthy))
            log.Warning($"{check.Row.Name}: MirrorAce reports {check.Row.Url} as {check.Describe()}. Upload the file again (a re-run with the file uploads it and replaces its row).", "MirrorAce link not active");

        var broken = checks.Count(c => !c.Healthy);
        log.Line(checks.Count == 0 ? $"The notes of {name} list no MirrorAce links."
            : $"{checks.Count} link{(checks.Count == 1 ? "" : "s")} in the notes of {name}: " + (broken == 0 ? "all active." : $"{broken} not active."));

        if (summaryPath is not null)
        {
            var text = SummaryFile.Fit(checks.Count, n => Render(name, checks, n), SummaryFile.Room(summaryPath));
            if (text is null) log.Warning("The step summary is full (GitHub allows 1 MiB); the link check is in the log.");
            else SummaryFile.Append(summaryPath, text);
        }
        return true;
    }

    private static string Render(string release, IReadOnlyList<Check> checks, int shown)
    {
        var text = new StringBuilder();
        text.Append($"### MirrorAce links of {LinksMarkdown.Escape(release)}\n\n");
        var broken = checks.Count(c => !c.Healthy);
        text.Append(broken == 0 ? $"All {checks.Count} active.\n\n" : $"{broken} of {checks.Count} not active.\n\n");
        if (checks.Count == 0) return text.ToString();
        text.Append("| File | Link | Status |\n| --- | --- | --- |\n");
        foreach (var check in checks.Take(shown))
        {
            text.Append("| ").Append(LinksMarkdown.Escape(check.Row.Name))
                .Append(" | ").Append(LinksMarkdown.Link(check.Row.Slug, check.Row.Url))
                .Append(" | ").Append(check.Healthy ? "" : "⚠️ ").Append(LinksMarkdown.Escape(check.Describe())).Append(" |\n");
        }
        if (shown < checks.Count)
            text.Append($"\n_{checks.Count - shown} more links are not listed here: a step summary holds at most 1 MiB. The log lists them all._\n");
        return text.Append('\n').ToString();
    }

    private sealed record Check(UploadedFile Row, RemoteFileInfo Info)
    {
        /// <summary>Active, and as large as the notes say: a file replaced under the same slug would not be.</summary>
        public bool Healthy => Info.IsActive && (Info.Size is null || Info.Size == Row.Size);

        public string Describe() =>
            Info.IsActive && Info.Size is { } size && size != Row.Size ? $"active but {ByteSize.Format(size)}, where the notes say {ByteSize.Format(Row.Size)}"
            : Info.IsActive ? "active"
            : Info.Status;
    }
}

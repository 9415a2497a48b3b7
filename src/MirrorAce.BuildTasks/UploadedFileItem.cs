using System.Globalization;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace MirrorAce.BuildTasks;

/// <summary>
/// The <c>MirrorAceUploadedFile</c> item of one file: the input item (with its own metadata) plus
/// what MirrorAce made of it. Every value is escaped, so MSBuild gives it back exactly as MirrorAce sent it.
/// </summary>
internal static class UploadedFileItem
{
    public static ITaskItem Create(ITaskItem input, FileOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var file = outcome.File ?? throw new ArgumentException("Only uploaded files have items.", nameof(outcome));
        var item = new TaskItem(input);
        item.SetMetadata("Name", MSBuildEscaping.Escape(file.Name));
        item.SetMetadata("Size", file.Size.ToString(CultureInfo.InvariantCulture));
        item.SetMetadata("Sha256", file.Sha256);
        item.SetMetadata("Slug", MSBuildEscaping.Escape(file.Slug));
        item.SetMetadata("Url", MSBuildEscaping.Escape(file.Url));
        item.SetMetadata("Mirrors", MSBuildEscaping.Escape(string.Join(",", file.Mirrors)));
        item.SetMetadata("Reused", outcome.Reused ? "true" : "false");
        return item;
    }
}

using System.Globalization;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using MirrorAce.Publishing;
using MirrorAce.Upload;

namespace MirrorAce.BuildTasks;

/// <summary>
/// The <c>MirrorAceUploadedFile</c> item of one upload: the input item (with its own metadata) plus
/// what MirrorAce made of it. Every value is escaped, so MSBuild gives it back exactly as MirrorAce sent it.
/// </summary>
internal static class UploadedFileItem
{
    /// <summary>
    /// One item per upload of the run, in input order: a split file gives one per part, each with the local file as its item
    /// spec; the SHA256SUMS manifest comes last. Each result is matched to the input item it came from (the engine leaves hidden items out, so indexes differ).
    /// </summary>
    public static IEnumerable<ITaskItem> For(IReadOnlyList<ITaskItem> inputs, PublishResult result)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(result);
        var used = new bool[inputs.Count];
        foreach (var file in result.Files)
        {
            var index = Enumerable.Range(0, inputs.Count).FirstOrDefault(i => !used[i] && inputs[i].ItemSpec == file.Path, -1);
            if (index >= 0) used[index] = true;
            // A file the engine made itself (the SHA256SUMS manifest) has no input item: its item spec is its name.
            foreach (var upload in file.Uploaded)
                yield return Create(index >= 0 ? inputs[index] : new TaskItem(file.Path), upload, file.Reused);
        }
    }

    private static TaskItem Create(ITaskItem input, UploadedFile file, bool reused)
    {
        var item = new TaskItem(input);
        item.SetMetadata("Name", MSBuildEscaping.Escape(file.Name));
        item.SetMetadata("Size", file.Size.ToString(CultureInfo.InvariantCulture));
        item.SetMetadata("Sha256", file.Sha256);
        item.SetMetadata("Slug", MSBuildEscaping.Escape(file.Slug));
        item.SetMetadata("Url", MSBuildEscaping.Escape(file.Url));
        item.SetMetadata("Mirrors", MSBuildEscaping.Escape(string.Join(",", file.Mirrors)));
        item.SetMetadata("Reused", reused ? "true" : "false");
        if (file.PartOf is { } part)
        {
            // The links JSON's part_of, flattened: enough to group the parts and tell readers how to join them.
            item.SetMetadata("PartOf", MSBuildEscaping.Escape(part.Name));
            item.SetMetadata("Part", part.Index.ToString(CultureInfo.InvariantCulture));
            item.SetMetadata("Parts", part.Count.ToString(CultureInfo.InvariantCulture));
            item.SetMetadata("PartOfSha256", part.Sha256);
        }
        return item;
    }
}

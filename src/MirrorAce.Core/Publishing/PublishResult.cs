using MirrorAce.Upload;

namespace MirrorAce.Publishing;

/// <summary>What one publish run did, for a door to render: per file its outcome, then the links file, the release and the link check.</summary>
public sealed record PublishResult
{
    /// <summary>Why the whole run stopped before anything was sent (a bad pattern, an unreadable release); null when it ran.</summary>
    public MirrorAceException? Refused { get; init; }

    /// <summary>One result per file and URL, files first, in the order given; empty for a dry run.</summary>
    public IReadOnlyList<FileUploadResult> Files { get; init; } = [];

    /// <summary>A dry run's plan, one item per file and URL.</summary>
    public IReadOnlyList<PlanItem> Plan { get; init; } = [];

    /// <summary>Patterns that matched no file (a warning or a line, unless <see cref="IfNoFilesFound.Error"/> refused the run).</summary>
    public IReadOnlyList<string> Unmatched { get; init; } = [];

    /// <summary>What the release held when the run read it; null without a release.</summary>
    public ReleaseSnapshot? Release { get; init; }

    /// <summary>What listing the files did to the release's notes.</summary>
    public ReleaseNotesOutcome? Listing { get; init; }

    /// <summary>Why the files are not listed in the release's notes, when they are not.</summary>
    public MirrorAceException? ListingError { get; init; }

    /// <summary>Why the links file was not written (MA1008).</summary>
    public MirrorAceException? LinksError { get; init; }

    /// <summary>The links file left as it was, because no file of this run succeeded.</summary>
    public bool LinksFileKept { get; init; }

    /// <summary>The release's links as checked at the end, when asked for.</summary>
    public IReadOnlyList<ReleaseLink> ReleaseLinks { get; init; } = [];

    /// <summary>Why the release's links could not be checked.</summary>
    public MirrorAceException? VerifyError { get; init; }

    /// <summary>Every upload the run ended with (its parts, for a split file): what links files and outputs list.</summary>
    public IReadOnlyList<UploadedFile> Links => Files.Where(f => f.Succeeded).SelectMany(f => f.Uploaded).ToList();

    /// <summary>Whether everything asked for was done.</summary>
    public bool Succeeded => Refused is null && Files.All(f => f.Succeeded) && Plan.All(p => p.Plan.Error is null)
                             && ListingError is null && LinksError is null && VerifyError is null;

    /// <summary>Whether the run was refused, or every file refused, while checking its input: nothing was sent.</summary>
    public bool RefusedBeforeSending => Refused is { Step: UploadStep.Validate }
        || (Files.Count > 0 && Files.All(f => f.Error?.Step == UploadStep.Validate))
        || (Plan.Count > 0 && Plan.All(p => p.Plan.Error?.Step == UploadStep.Validate));
}

/// <summary>One line of a dry run's plan.</summary>
/// <param name="Name">The file as given, or a release asset's name.</param>
/// <param name="Plan">What the engine would do with it.</param>
/// <param name="Source">For a URL or release asset, where MirrorAce would fetch it.</param>
/// <param name="Size">Bytes, when known.</param>
public sealed record PlanItem(string Name, PlannedUpload Plan, Uri? Source, long Size);

/// <summary>A link the release's notes list, and how it is now.</summary>
/// <param name="Row">The row as listed.</param>
/// <param name="Health">What <c>file/info</c> says of it.</param>
public sealed record ReleaseLink(UploadedFile Row, LinkHealth Health);

namespace MirrorAce.GitHub;

/// <summary>What merging files into a release body gives: the new body and what happened to each file's row.</summary>
/// <param name="Body">The whole new body; equal to the old one when nothing changed.</param>
/// <param name="Added">Names that had no row before.</param>
/// <param name="Replaced">Names whose row was there with other details (a re-upload under the same name).</param>
/// <param name="AlreadyListed">Names whose row was there exactly as it would be written.</param>
public sealed record SectionMerge(string Body, IReadOnlyList<string> Added, IReadOnlyList<string> Replaced, IReadOnlyList<string> AlreadyListed);

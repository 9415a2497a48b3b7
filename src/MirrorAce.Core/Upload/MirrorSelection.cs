using MirrorAce.Api;

namespace MirrorAce.Upload;

/// <summary>Chooses the mirrors of an upload and checks them against what the account allows.</summary>
internal static class MirrorSelection
{
    public static IReadOnlyList<string> Choose(IReadOnlyList<string> requested, UploadVariables variables, string path)
    {
        var wanted = requested.Select(id => id.Trim()).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var known = variables.Mirrors;
        var enabled = known.Where(m => m.Value).Select(m => m.Key).ToList();
        var offered = enabled.Count == 0 ? "none" : string.Join(", ", enabled);

        if (wanted.Count == 0)
        {
            var defaults = variables.DefaultMirrors.Distinct(StringComparer.Ordinal)
                .Where(id => known.TryGetValue(id, out var on) && on)
                .Take(variables.MaxMirrors)
                .ToList();
            return defaults.Count > 0 ? defaults : throw new MirrorAceException(ErrorCodes.NoMirrors,
                "No mirror was chosen and the account has no enabled default mirror",
                $"Choose mirrors explicitly (enabled for this account: {offered}), or set default mirrors in your MirrorAce account.",
                path, UploadStep.Validate);
        }

        foreach (var id in wanted)
        {
            if (!known.TryGetValue(id, out var on))
                throw new MirrorAceException(ErrorCodes.UnknownMirror, $"Mirror '{id}' is not offered to this account",
                    $"Choose among the enabled mirrors: {offered}.", path, UploadStep.Validate);
            if (!on)
                throw new MirrorAceException(ErrorCodes.MirrorDisabled, $"Mirror '{id}' is disabled for this account",
                    $"Enable it in your MirrorAce mirror settings, or choose among: {offered}.", path, UploadStep.Validate);
        }
        if (wanted.Count > variables.MaxMirrors)
            throw new MirrorAceException(ErrorCodes.TooManyMirrors, $"{wanted.Count} mirrors were chosen but the account allows {variables.MaxMirrors}",
                $"Choose at most {variables.MaxMirrors} mirrors.", path, UploadStep.Validate);
        return wanted;
    }
}

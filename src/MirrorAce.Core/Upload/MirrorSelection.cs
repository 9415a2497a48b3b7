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
            return defaults.Count > 0 ? defaults : throw Errors.NoMirrors(path, offered);
        }

        foreach (var id in wanted)
        {
            if (!known.TryGetValue(id, out var on))
                throw Errors.UnknownMirror(path, id, offered);
            if (!on)
                throw Errors.MirrorDisabled(path, id, offered);
        }
        if (wanted.Count > variables.MaxMirrors)
            throw Errors.TooManyMirrors(path, wanted.Count, variables.MaxMirrors);
        return wanted;
    }
}

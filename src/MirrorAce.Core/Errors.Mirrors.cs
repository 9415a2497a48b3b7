namespace MirrorAce;

// The mirrors a file goes to, checked against what the account offers (upload variables).
public static partial class Errors
{
    /// <summary>MA1013: no mirror chosen, and the account has no enabled default mirror.</summary>
    public static MirrorAceException NoMirrors(string path, string offered) =>
        new(ErrorCodes.NoMirrors, "No mirror was chosen and the account has no enabled default mirror",
            $"Choose mirrors explicitly (enabled for this account: {offered}), or set default mirrors in your MirrorAce account.",
            path, UploadStep.Validate);

    /// <summary>MA1010: a mirror id the account is not offered.</summary>
    public static MirrorAceException UnknownMirror(string path, string id, string offered) =>
        new(ErrorCodes.UnknownMirror, $"Mirror '{id}' is not offered to this account",
            $"Choose among the enabled mirrors: {offered}.", path, UploadStep.Validate);

    /// <summary>MA1011: a mirror offered but disabled for the account.</summary>
    public static MirrorAceException MirrorDisabled(string path, string id, string offered) =>
        new(ErrorCodes.MirrorDisabled, $"Mirror '{id}' is disabled for this account",
            $"Enable it in your MirrorAce mirror settings, or choose among: {offered}.", path, UploadStep.Validate);

    /// <summary>MA1012: more mirrors chosen than <c>max_mirrors</c>.</summary>
    public static MirrorAceException TooManyMirrors(string path, int chosen, int maxMirrors) =>
        new(ErrorCodes.TooManyMirrors, $"{chosen} mirrors were chosen but the account allows {maxMirrors}",
            $"Choose at most {maxMirrors} mirrors.", path, UploadStep.Validate);
}

namespace MirrorAce;

/// <summary>
/// One meaning per input in every door: the bounds of the numbers a run takes. A door reads its own spelling of a value
/// (a string input, a property, an option) and asks here whether it may be used; the refusal names the door's own setting.
/// </summary>
public static class InputRules
{
    /// <summary>The fewest files uploaded at once.</summary>
    public const int FewestParallel = 1;
    /// <summary>The most files uploaded at once: more only splits the same bandwidth and invites rate limits.</summary>
    public const int MostParallel = 16;
    /// <summary>How many files upload at once when no door says.</summary>
    public const int DefaultParallel = 2;

    /// <summary>MA1022 unless <paramref name="value"/> is a number of files from 1 to 16.</summary>
    public static MirrorAceException? Parallel(long value, string setting) =>
        value is >= FewestParallel and <= MostParallel ? null
            : Invalid($"{setting} is {value}", $"Use a whole number from {FewestParallel} to {MostParallel} (default {DefaultParallel}).");

    /// <summary>MA1022 unless <paramref name="bytes"/> is a positive number of bytes (null: the server's largest chunk).</summary>
    public static MirrorAceException? ChunkSize(long? bytes, string setting) =>
        bytes is null or > 0 ? null
            : Invalid($"{setting} is {bytes}", "Use a positive number of bytes, at most the server's max_chunk_size, or leave it out for the server's.");

    /// <summary>MA1022 unless <paramref name="seconds"/> is above 0 and below a day.</summary>
    public static MirrorAceException? StallTimeout(double seconds, string setting) =>
        seconds > 0 && seconds < RetrySettings.LongestStallTimeout.TotalSeconds ? null
            : Invalid($"{setting} is {seconds}", $"Use a number of seconds above 0 and below {RetrySettings.LongestStallTimeout.TotalSeconds:0}, or leave it out for 60.");

    /// <summary>MA1022 unless <paramref name="seconds"/> is null (no deadline) or above 0 and below about 23 days.</summary>
    public static MirrorAceException? Deadline(double? seconds, string setting) =>
        seconds is null || (seconds > 0 && seconds < RetrySettings.LongestDeadline.TotalSeconds) ? null
            : Invalid($"{setting} is {seconds}", $"Use a number of seconds above 0 and below {RetrySettings.LongestDeadline.TotalSeconds:0}, or leave it out for no deadline.");

    private static MirrorAceException Invalid(string problem, string advice) =>
        Errors.InvalidSetting(problem, advice);
}

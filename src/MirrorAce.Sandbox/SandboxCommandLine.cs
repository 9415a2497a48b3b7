using System.Globalization;

namespace MirrorAce.Sandbox;

/// <summary>
/// The standalone sandbox's options: the account to rehearse against (limits, mirrors, credentials), the mode,
/// faults to inject, and the benchmark knobs. Parsed apart from <see cref="Program"/> so tests can check it.
/// </summary>
public sealed class SandboxCommandLine
{
    public const string Usage = """
        usage: MirrorAce.Sandbox [options]      (dotnet run --project src/MirrorAce.Sandbox -- [options])

        Serves the MirrorAce API on 127.0.0.1 and prints "MirrorAce sandbox API: http://127.0.0.1:PORT/api/v1/".
        By default it accepts what the real server evidently accepts; --strict refuses that slack.

        Server
          --port N                   port to bind (0, the default, picks any free port)
          --storage DIR              keep uploaded files in DIR (default: a temporary folder, deleted on exit)
          --strict                   refuse multipart file/upload and file/info, a file without Content-Range,
                                     a chunk of max_chunk_size + 1, a file of exactly max_file_size,
                                     mirrors[K]=V with K != V, spaces around file/info slugs

        Account (what file/upload advertises and the uploads are checked against)
          --api-key KEY              accepted api_key (default sandbox-api-key)
          --api-token TOKEN          accepted api_token (default sandbox-api-token)
          --max-chunk-size BYTES     max_chunk_size (default 99999988)
          --max-file-size BYTES      max_file_size (default 10737418240)
          --max-mirrors N            max_mirrors (default 3)
          --mirrors 13,63,42:off     the account's mirror ids; ':off' lists one as disabled (default 1,2,3,4:off)
          --default-mirrors 13,63    default_mirrors (default: the enabled mirrors, at most max_mirrors;
                                     without --mirrors, 1,2)

        Faults (as the test API injects them; also at run time: POST /_sandbox/faults)
          --fault KIND:ENDPOINT[:N[:TIMES[:STALL_MS]]]
                                     fail the Nth request (default 1) to ENDPOINT, and TIMES-1 more; repeatable.
                                     e.g. --fault html500:chunk:2  --fault lose-answer-after-commit:chunk:3
          --random-faults P:SEED:KIND[,KIND...]
                                     each chunk request fails with probability P, replayably (seeded)
          KIND: {KINDS}
          ENDPOINT: {ENDPOINTS}

        Benchmarks
          --discard                  hash and count uploaded bytes, store nothing
          --link-mbit N              read chunk bodies no faster than an N Mbit/s link
          --response-delay-ms MS     latency added to every upload request

        GitHub
          --github-release OWNER/REPO@TAG   an empty release to write notes into; repeatable

          --help, -h                 this text

        Stored files: GET /_sandbox/files; POST /_sandbox/files/SLUG/status (status=user removed);
        DELETE /_sandbox/files/SLUG (then file/info says "not found"); GET /m/SLUG/download returns the bytes.
        """;

    private readonly List<(string Repository, string Tag)> _releases = [];
    private readonly List<Fault> _faults = [];
    private readonly List<string> _randomFaults = [];

    private SandboxCommandLine()
    {
    }

    public SandboxOptions Options { get; } = new();

    /// <summary>True when --help asked for the usage text; nothing else was parsed.</summary>
    public bool ShowHelp { get; private set; }

    public IReadOnlyList<(string Repository, string Tag)> Releases => _releases;

    public IReadOnlyList<Fault> Faults => _faults;

    public IReadOnlyList<string> RandomFaults => _randomFaults;

    /// <summary>The usage text with the fault kinds and endpoints filled in.</summary>
    public static string HelpText => Usage
        .Replace("{KINDS}", Wrap(FaultSpec.KindNames), StringComparison.Ordinal)
        .Replace("{ENDPOINTS}", Wrap(FaultSpec.EndpointSpellings), StringComparison.Ordinal);

    /// <summary>Parses <paramref name="args"/>; on a mistake returns the one-line error to print above the usage.</summary>
    public static (SandboxCommandLine? CommandLine, string? Error) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var line = new SandboxCommandLine();
        var options = line.Options;
        List<string>? defaults = null;
        var mirrorsGiven = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h")
            {
                line.ShowHelp = true;
                return (line, null);
            }

            if (name is "--strict" or "--discard")
            {
                options.Strict |= name == "--strict";
                options.DiscardFiles |= name == "--discard";
                continue;
            }

            if (i + 1 >= args.Count)
            {
                return (null, name.StartsWith("--", StringComparison.Ordinal) && Takes(name) ? $"{name} needs a value." : $"Unknown option '{name}'.");
            }

            var value = args[++i];
            var error = name switch
            {
                "--port" => Number(name, value, 0, 65535, v => options.Port = (int)v),
                "--storage" => Set(() => options.StorageDirectory = Path.GetFullPath(value)),
                "--max-chunk-size" => Number(name, value, 1, long.MaxValue - 1, v => options.MaxChunkSize = v),
                "--max-file-size" => Number(name, value, 1, long.MaxValue, v => options.MaxFileSize = v),
                "--max-mirrors" => Number(name, value, 1, int.MaxValue, v => options.MaxMirrors = (int)v),
                "--mirrors" => MirrorList(value, options, ref mirrorsGiven),
                "--default-mirrors" => IdList(name, value, out defaults),
                "--api-key" => value.Length == 0 ? "--api-key needs a value." : Set(() => options.ApiKey = value),
                "--api-token" => value.Length == 0 ? "--api-token needs a value." : Set(() => options.ApiToken = value),
                "--fault" => line.AddFault(value),
                "--random-faults" => FaultSpec.ArmRandom(new FaultPlan(), value) ?? Set(() => line._randomFaults.Add(value)),
                "--response-delay-ms" => Number(name, value, 0, int.MaxValue, v => options.ResponseDelay = TimeSpan.FromMilliseconds(v)),
                "--link-mbit" => Number(name, value, 1, long.MaxValue / 1_000_000, v => options.LinkBytesPerSecond = v * 1_000_000 / 8),
                "--github-release" => value.Split('@', 2) is [var repository, var tag] && repository.Contains('/', StringComparison.Ordinal) && tag.Length > 0
                    ? Set(() => line._releases.Add((repository, tag)))
                    : $"--github-release wants OWNER/REPO@TAG (got '{value}').",
                _ => $"Unknown option '{name}'.",
            };
            if (error is not null)
            {
                return (null, error);
            }
        }

        return FinishMirrors(options, defaults, mirrorsGiven) is { } mirrorError ? (null, mirrorError) : (line, null);
    }

    /// <summary>Applies what needs a running server: releases and faults.</summary>
    public void ApplyTo(SandboxServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        foreach (var (repository, tag) in _releases)
        {
            server.GitHub.AddRelease(repository, tag, body: null);
        }

        foreach (var fault in _faults)
        {
            server.Faults.Add(fault);
        }

        foreach (var random in _randomFaults)
        {
            FaultSpec.ArmRandom(server.Faults, random);
        }
    }

    /// <summary>One line describing the account, for the start-up banner.</summary>
    public string DescribeAccount()
    {
        var o = Options;
        var mirrors = string.Join(",", o.Mirrors.Select(m => m.Value ? m.Key : m.Key + ":off"));
        return string.Create(CultureInfo.InvariantCulture,
            $"Account: mirrors {mirrors}; default_mirrors {string.Join(",", o.DefaultMirrors)}; max_mirrors {o.MaxMirrors}; max_chunk_size {o.MaxChunkSize}; max_file_size {o.MaxFileSize}.");
    }

    private string? AddFault(string text)
    {
        var (fault, error) = FaultSpec.Parse(text);
        if (fault is not null)
        {
            _faults.Add(fault);
        }

        return error;
    }

    /// <summary>A comma-separated list in lines of at most 100 characters, continued under the first item.</summary>
    private static string Wrap(IEnumerable<string> items)
    {
        const string Indent = "\n            ";
        var text = new System.Text.StringBuilder();
        var column = 12;
        foreach (var item in items)
        {
            if (text.Length > 0 && column + 2 + item.Length > 100)
            {
                text.Append(',').Append(Indent);
                column = Indent.Length - 1;
            }
            else if (text.Length > 0)
            {
                text.Append(", ");
                column += 2;
            }

            text.Append(item);
            column += item.Length;
        }

        return text.ToString();
    }

    private static bool Takes(string name) => name is "--port" or "--storage" or "--max-chunk-size" or "--max-file-size" or "--max-mirrors"
        or "--mirrors" or "--default-mirrors" or "--api-key" or "--api-token" or "--fault" or "--random-faults"
        or "--response-delay-ms" or "--link-mbit" or "--github-release";

    private static string? Set(Action apply)
    {
        apply();
        return null;
    }

    private static string? Number(string name, string value, long min, long max, Action<long> apply)
    {
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{name} wants a whole number from {min} to {max} (got '{value}').");
        }

        apply(number);
        return null;
    }

    private static string? MirrorList(string value, SandboxOptions options, ref bool given)
    {
        var mirrors = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var item in value.Split(',', StringSplitOptions.TrimEntries))
        {
            var (id, enabled) = item.EndsWith(":off", StringComparison.OrdinalIgnoreCase) ? (item[..^4], false)
                : item.EndsWith(":on", StringComparison.OrdinalIgnoreCase) ? (item[..^3], true)
                : (item, true);
            if (!IsId(id))
            {
                return $"--mirrors wants ids like 13,63,42:off (got '{item}').";
            }

            if (!mirrors.TryAdd(id, enabled))
            {
                return $"--mirrors lists mirror {id} twice.";
            }
        }

        options.Mirrors = mirrors;
        given = true;
        return null;
    }

    private static string? IdList(string name, string value, out List<string>? ids)
    {
        ids = [.. value.Split(',', StringSplitOptions.TrimEntries)];
        if (ids.FirstOrDefault(id => !IsId(id)) is { } bad)
        {
            return $"{name} wants ids like 13,63 (got '{bad}').";
        }

        return ids.Distinct(StringComparer.Ordinal).Count() == ids.Count ? null : $"{name} lists a mirror twice.";
    }

    private static string? FinishMirrors(SandboxOptions options, List<string>? defaults, bool mirrorsGiven)
    {
        if (defaults is not null)
        {
            if (defaults.FirstOrDefault(id => !options.Mirrors.ContainsKey(id)) is { } unknown)
            {
                return $"--default-mirrors names mirror {unknown}, which is not among the account's mirrors ({string.Join(",", options.Mirrors.Keys)}).";
            }

            options.DefaultMirrors = defaults;
        }
        else if (mirrorsGiven)
        {
            options.DefaultMirrors = [.. options.Mirrors.Where(m => m.Value).Select(m => m.Key).Take(options.MaxMirrors)];
        }

        return null;
    }

    private static bool IsId(string id) => id.Length is > 0 and <= 9 && id.All(char.IsAsciiDigit);
}

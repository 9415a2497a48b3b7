using System.Text.Json;
using MirrorAce.Sandbox;

namespace MirrorAce.Tests.SandboxModes;

/// <summary>
/// Hand-made MirrorAce requests, the way other public clients write them, to see what each sandbox mode does with
/// a wire form the engine never sends. Answers are the parsed <c>{"status", "result"}</c> envelope.
/// </summary>
public sealed class Wire(SandboxServer sandbox) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false });

    public SandboxServer Sandbox => sandbox;

    /// <summary>file/upload, urlencoded or (as the vendor's sample does) multipart.</summary>
    public async Task<Answer> VariablesAsync(bool multipart = false) =>
        await PostAsync(new Uri(sandbox.ApiUrl, "file/upload"), Credentials(), multipart);

    /// <summary>file/upload that must succeed: the fields the chunk requests need.</summary>
    public async Task<Variables> FreshVariablesAsync()
    {
        var answer = await VariablesAsync();
        Assert.True(answer.IsSuccess, answer.Text);
        var result = answer.Result;
        return new Variables(
            new Uri(result.GetProperty("server_file").GetString()!),
            new Uri(result.GetProperty("server_remote").GetString()!),
            result.GetProperty("cTracker").GetString()!,
            result.GetProperty("upload_key").GetString()!);
    }

    public async Task<Answer> FileInfoAsync(string files, bool multipart = false) =>
        await PostAsync(new Uri(sandbox.ApiUrl, "file/info"), [.. Credentials(), new("files", files)], multipart);

    /// <summary>One request to server_file with <paramref name="data"/> as the file part; no Content-Range header when <paramref name="range"/> is null.</summary>
    public async Task<Answer> ChunkAsync(Variables variables, ReadOnlyMemory<byte> data, string fileName, string? range,
        params (string Name, string Value)[] mirrors)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in Fields(variables, mirrors))
            content.Add(new StringContent(value), name);
        content.Add(new ReadOnlyMemoryContent(data), "files[]", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, variables.ServerFile) { Content = content };
        if (range is not null)
            request.Content.Headers.TryAddWithoutValidation("Content-Range", range);
        return await SendAsync(request);
    }

    /// <summary>The vendor's way: chunks of <paramref name="chunkSize"/> bytes with inclusive ranges, one after the other; the last answer.</summary>
    public async Task<Answer> UploadInChunksAsync(Variables variables, byte[] file, string fileName, long chunkSize,
        params (string Name, string Value)[] mirrors)
    {
        Answer? last = null;
        for (long first = 0; first < file.Length; first += chunkSize)
        {
            var length = (int)Math.Min(chunkSize, file.Length - first);
            var range = FormattableString.Invariant($"bytes {first}-{first + length - 1}/{file.Length}");
            last = await ChunkAsync(variables, file.AsMemory((int)first, length), fileName, range, mirrors);
            if (!last.IsSuccess)
                return last;
        }

        return last!;
    }

    public async Task<Answer> RemoteAsync(Variables variables, Uri url, params (string Name, string Value)[] mirrors) =>
        await PostAsync(variables.ServerRemote, [.. Fields(variables, mirrors), new("url", url.ToString())], multipart: true);

    /// <summary>Asserts a completed upload and that the sandbox stored exactly <paramref name="expected"/>; returns it.</summary>
    public StoredFile AssertStored(Answer answer, byte[] expected)
    {
        Assert.True(answer.IsSuccess, answer.Text);
        Assert.Equal("complete", answer.Result.GetProperty("info").GetString());
        var stored = sandbox.FindBySlug(answer.Result.GetProperty("slug").GetString()!);
        Assert.NotNull(stored);
        Assert.Equal(expected.Length, stored.Size);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(expected)), stored.Sha256);
        Assert.Equal(expected, File.ReadAllBytes(stored.DiskPath!));
        return stored;
    }

    public static byte[] Bytes(int size, int seed = 1)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public void Dispose() => _http.Dispose();

    private List<KeyValuePair<string, string>> Credentials() =>
        [new("api_key", sandbox.Options.ApiKey), new("api_token", sandbox.Options.ApiToken)];

    private List<KeyValuePair<string, string>> Fields(Variables variables, (string Name, string Value)[] mirrors)
    {
        var fields = Credentials();
        fields.Add(new("cTracker", variables.CTracker));
        fields.Add(new("upload_key", variables.UploadKey));
        var chosen = mirrors.Length > 0 ? mirrors : [.. sandbox.Options.DefaultMirrors.Select(m => ($"mirrors[{m}]", m))];
        fields.AddRange(chosen.Select(m => new KeyValuePair<string, string>(m.Name, m.Value)));
        return fields;
    }

    private async Task<Answer> PostAsync(Uri url, List<KeyValuePair<string, string>> fields, bool multipart)
    {
        HttpContent content;
        if (multipart)
        {
            var form = new MultipartFormDataContent();
            foreach (var (name, value) in fields)
                form.Add(new StringContent(value), name);
            content = form;
        }
        else
        {
            content = new FormUrlEncodedContent(fields);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        return await SendAsync(request);
    }

    private async Task<Answer> SendAsync(HttpRequestMessage request)
    {
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return new Answer(text);
    }

    public sealed record Variables(Uri ServerFile, Uri ServerRemote, string CTracker, string UploadKey);

    public sealed class Answer(string text)
    {
        private readonly JsonElement _root = JsonDocument.Parse(text).RootElement.Clone();

        public string Text => text;

        public bool IsSuccess => _root.GetProperty("status").GetString() == "success";

        public JsonElement Result => _root.GetProperty("result");

        /// <summary>The error message of a refused call.</summary>
        public string Error => IsSuccess ? throw new InvalidOperationException("Not an error: " + text) : Result.GetString()!;
    }
}

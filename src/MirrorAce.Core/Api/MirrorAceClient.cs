using System.Net;
using System.Text;
using System.Text.Json;
using MirrorAce.Http;
using MirrorAce.Upload;

namespace MirrorAce.Api;

/// <summary>
/// The four calls of the MirrorAce API, each retried where that is safe. Thread-safe: one client
/// serves every file of a run, and the process shares one connection pool.
/// </summary>
public sealed class MirrorAceClient
{
    /// <summary>The advice for an API URL with <c>user:password@</c>, which every door refuses.</summary>
    public const string UserInfoAdvice =
        "Remove 'user:password@' from the API URL: MirrorAce reads the key and token from MIRRORACE_API_KEY and MIRRORACE_API_TOKEN, never from the URL.";

    /// <summary>The public API root.</summary>
    public static readonly Uri DefaultApiUrl = new("https://mirrorace.com/api/v1/");

    /// <summary><c>file/info</c> answers about at most this many slugs per request.</summary>
    public const int FileInfoBatchSize = 50;

    private readonly MirrorAceCredentials _credentials;
    private readonly HttpClient _http;
    private readonly RequestRetrier _retrier;
    private readonly SecretRedactor _redactor;

    /// <summary>Creates a client for the API at <paramref name="apiUrl"/> (default <see cref="DefaultApiUrl"/>).</summary>
    /// <exception cref="MirrorAceException">MA1021 for plain HTTP to a host other than loopback.</exception>
    public MirrorAceClient(MirrorAceCredentials credentials, Uri? apiUrl = null, RetrySettings? retry = null,
        IUploadListener? listener = null, IEnumerable<string?>? otherSecrets = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        _credentials = credentials;
        ApiUrl = NormalizeApiUrl(apiUrl ?? DefaultApiUrl);
        Retry = retry ?? new RetrySettings();
        _http = httpClient ?? SharedHttp.Client;
        _redactor = new SecretRedactor([credentials.ApiKey, credentials.ApiToken, .. otherSecrets ?? []]);
        _retrier = new RequestRetrier(Retry, listener);
    }

    /// <summary>The API root, ending in a slash.</summary>
    public Uri ApiUrl { get; }

    /// <summary>The retry settings every call follows.</summary>
    public RetrySettings Retry { get; }

    internal SecretRedactor Redactor => _redactor;

    /// <summary>Asks <c>file/upload</c> for the variables of one new upload.</summary>
    public async Task<UploadVariables> GetUploadVariablesAsync(CancellationToken cancellationToken = default)
    {
        const UploadStep step = UploadStep.GetUploadVariables;
        var url = new Uri(ApiUrl, "file/upload");
        var result = await Unwrap(_retrier.IdempotentAsync(null, step,
            ct => SendAsync(() => new FormUrlEncodedContent(CredentialFields()), url, step, null, ct), cancellationToken));
        return UploadVariablesReader.Read(AnswerReader.ReadObject(result, ApiJsonContext.Default.UploadVariablesDto, step, _redactor), _redactor);
    }

    /// <summary>Asks <c>file/info</c> about slugs, in batches of 50; the answer has an entry for every slug asked.</summary>
    public async Task<IReadOnlyDictionary<string, RemoteFileInfo>> GetFileInfoAsync(IEnumerable<string> slugs, CancellationToken cancellationToken = default)
    {
        const UploadStep step = UploadStep.FileInfo;
        var url = new Uri(ApiUrl, "file/info");
        var answers = new Dictionary<string, RemoteFileInfo>(StringComparer.Ordinal);
        foreach (var batch in slugs.Distinct(StringComparer.Ordinal).Chunk(FileInfoBatchSize))
        {
            var fields = CredentialFields().Append(new("files", string.Join(',', batch))).ToList();
            var result = await Unwrap(_retrier.IdempotentAsync(null, step,
                ct => SendAsync(() => new FormUrlEncodedContent(fields), url, step, null, ct), cancellationToken));
            FileInfoReader.Read(result, batch, answers, _redactor);
        }
        return answers;
    }

    /// <summary>Asks the server to fetch <paramref name="source"/> itself (<c>server_remote</c>); synchronous on the server.</summary>
    public async Task<UploadAnswer> UploadFromUrlAsync(UploadVariables variables, Uri source, IReadOnlyList<string> mirrors, string? filePassword = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(source);
        const UploadStep step = UploadStep.RemoteUpload;
        EndpointGuard.RequireSecure(source, "remote file URL", source.AbsoluteUri, step);
        var target = variables.ServerRemote ?? throw AnswerReader.Malformed(UploadStep.GetUploadVariables, _redactor, "server_remote is missing");
        var fields = CredentialFields().Concat(UploadFields(variables, mirrors, filePassword)).Append(new("url", source.AbsoluteUri)).ToList();
        // Not idempotent (a second fetch makes a second file): only what surely did not reach the server is retried.
        // Multipart like a direct upload ("All Upload requests shall be multipart/form-data encoded"), which a PHP
        // server reads the same as a urlencoded form. The server fetches the file before it answers: a long wait.
        var result = await Unwrap(_retrier.NotProcessedAsync(source.AbsoluteUri, step,
            ct => SendAsync(() => FieldsForm(fields), target, step, null, ct, Retry.RemoteAnswerTimeout), cancellationToken));
        return UploadAnswerReader.Read(result, step, _redactor);
    }

    /// <summary>Sends one chunk. Retries in place only what surely was not processed; anything else escapes.</summary>
    internal async Task<UploadAnswer> UploadChunkAsync(UploadVariables variables, ChunkSpec chunk, CancellationToken cancellationToken)
    {
        const UploadStep step = UploadStep.UploadChunk;
        var result = await _retrier.ChunkAsync(chunk.DisplayPath, ct => SendAsync(() => BuildChunkBody(variables, chunk), variables.ServerFile, step, chunk, ct), cancellationToken);
        try
        {
            return UploadAnswerReader.Read(result, step, _redactor);
        }
        catch (MirrorAceException e) when (e.Code == ErrorCodes.MalformedAnswer)
        {
            // We cannot tell what the server did with this chunk.
            throw new RequestFailedException(RequestFate.Unknown, e);
        }
    }

    private static MultipartFormDataContent NewForm()
    {
        var boundary = "mirrorace-" + Guid.NewGuid().ToString("N");
        var form = new MultipartFormDataContent(boundary)
        {
            // The filename goes as raw UTF-8: PHP does not decode the MIME encoded-words .NET would write.
            HeaderEncodingSelector = (_, _) => Encoding.UTF8,
        };
        // .NET quotes the boundary parameter; browsers and curl do not, and a simple server parser may not expect it.
        form.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return form;
    }

    private static void AddFields(MultipartFormDataContent form, IEnumerable<KeyValuePair<string, string>> fields)
    {
        foreach (var (name, value) in fields)
        {
            var field = new StringContent(value, Encoding.UTF8);
            field.Headers.ContentType = null;
            field.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{name}\"");
            form.Add(field);
        }
    }

    private static MultipartFormDataContent FieldsForm(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var form = NewForm();
        AddFields(form, fields);
        return form;
    }

    private MultipartFormDataContent BuildChunkBody(UploadVariables variables, ChunkSpec chunk)
    {
        var form = NewForm();
        AddFields(form, CredentialFields().Concat(UploadFields(variables, chunk.Mirrors, chunk.Password)));
        var file = new ChunkContent(chunk.File, chunk.FileOffset, chunk.Offset, chunk.Length, chunk.Hasher, chunk.WholeHasher, chunk.OnPosition);
        file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"files[]\"; filename=\"{MultipartName.Escape(chunk.FileName)}\"");
        file.Headers.TryAddWithoutValidation("Content-Type", "application/octet-stream");
        form.Add(file);
        form.Headers.ContentRange = new System.Net.Http.Headers.ContentRangeHeaderValue(chunk.Offset, chunk.Offset + chunk.Length - 1, chunk.TotalSize);
        chunk.Current = file;
        return form;
    }

    private async Task<JsonElement> SendAsync(Func<HttpContent> body, Uri url, UploadStep step, ChunkSpec? chunk, CancellationToken cancellationToken,
        TimeSpan? answerTimeout = null)
    {
        // After a stop, no new request is sent.
        cancellationToken.ThrowIfCancellationRequested();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = body() };
        request.Headers.Accept.ParseAdd("application/json");
        using var attempt = new CancellationTokenSource();
        // A request the server may already be acting on (a chunk whose body is out, a remote upload) gets a short
        // grace to bring its answer: its link is then recorded instead of lost, and a re-run does not upload it again.
        using var stop = cancellationToken.Register(() =>
        {
            var acting = chunk is not null ? chunk.Current?.BodySent == true : step == UploadStep.RemoteUpload;
            try { if (acting) attempt.CancelAfter(GracefulStop.Grace); else attempt.Cancel(); }
            catch (ObjectDisposedException) { }
        });
        using var watchdog = chunk is null ? null : StallWatchdog.Start(chunk.Current!, Retry, attempt);
        var timeout = answerTimeout ?? Retry.AnswerWait;
        if (chunk is null) attempt.CancelAfter(timeout);

        HttpResponseMessage? response = null;
        byte[] answer;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token);
            answer = await AnswerReader.ReadBodyAsync(response, attempt.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            response?.Dispose();
            var what = watchdog?.Fired is { } reason ? reason : $"no answer within {timeout.TotalSeconds:0} s";
            throw new RequestFailedException(RequestFate.Unknown, NetworkError(url, step, what, null));
        }
        catch (Exception e) when (e is not (HttpRequestException or IOException or OperationCanceledException))
        {
            // Whatever else reading an answer can throw (a body that breaks a decoder, say): the request's fate is unknown.
            response?.Dispose();
            throw new RequestFailedException(RequestFate.Unknown, NetworkError(url, step, Describe(e), e));
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            response?.Dispose();
            if (Innermost(e) is FileChangedException changed)
                throw Errors.FileChanged(chunk?.DisplayPath, step, changed);
            var fate = chunk is not null
                ? chunk.Current!.BodySent ? RequestFate.Unknown : RequestFate.NotProcessed
                : e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } ? RequestFate.NotProcessed : RequestFate.Unknown;
            throw new RequestFailedException(fate, NetworkError(url, step, Describe(e), e));
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (status is 429 or 503)
            {
                var error = Errors.ServerBusy(status, url, step);
                throw new RequestFailedException(RequestFate.NotProcessed, error, RetryAfter(response));
            }
            if (status >= 500)
            {
                var fate = chunk is { Current.BodySent: false } ? RequestFate.NotProcessed : RequestFate.Unknown;
                throw new RequestFailedException(fate, AnswerReader.Unreadable(answer, step, _redactor, $"a server error at {UrlDisplay.Show(url, UriPartial.Path)}", status));
            }
            try
            {
                return AnswerReader.ReadResult(answer, step, _redactor);
            }
            catch (MirrorAceException e) when (e.Code == ErrorCodes.UnreadableAnswer)
            {
                if (status >= 400)
                    throw Errors.HttpError(url, status, e.Problem, step);
                // A 200 that is not the envelope: a proxy or a broken server; what it did with the request is unknown.
                throw new RequestFailedException(RequestFate.Unknown, e);
            }
        }
    }

    // Public calls report a transient failure that outlived its retries as the user-facing error.
    private static async Task<JsonElement> Unwrap(Task<JsonElement> call)
    {
        try
        {
            return await call;
        }
        catch (RequestFailedException e)
        {
            throw e.Error;
        }
    }

    private IEnumerable<KeyValuePair<string, string>> CredentialFields() =>
    [
        new("api_key", _credentials.ApiKey),
        new("api_token", _credentials.ApiToken),
    ];

    private static IEnumerable<KeyValuePair<string, string>> UploadFields(UploadVariables variables, IReadOnlyList<string> mirrors, string? password)
    {
        yield return new("cTracker", variables.ChunkTracker);
        yield return new("upload_key", variables.UploadKey);
        // mirrors[<id>]=<id>: right whether the server reads the keys or the values.
        foreach (var id in mirrors)
            yield return new($"mirrors[{id}]", id);
        if (!string.IsNullOrEmpty(password))
            yield return new("file_password", password);
    }

    // .NET's own messages are quoted too, through the same redactor as the server's words.
    private MirrorAceException NetworkError(Uri url, UploadStep step, string what, Exception? inner) =>
        Errors.NetworkFailure(url, _redactor.Redact(what), step, inner);

    private static string Describe(Exception e)
    {
        var inner = Innermost(e);
        return ReferenceEquals(inner, e) ? e.Message : $"{e.Message} ({inner.Message})";
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        return null;
    }

    private static Uri NormalizeApiUrl(Uri url)
    {
        EndpointGuard.RequireSecure(url.IsAbsoluteUri ? url : throw Errors.ApiUrlNotAbsolute(url), "API URL");
        // The key and token travel in the form; user-info would only put a password in every message that shows the URL.
        UrlDisplay.RefuseUserInfo(url, "API URL", UserInfoAdvice, UploadStep.Validate);
        return url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
    }
}

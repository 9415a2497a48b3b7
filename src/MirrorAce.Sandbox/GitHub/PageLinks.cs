using System.Globalization;

namespace MirrorAce.Sandbox.GitHub;

/// <summary>
/// GitHub's pagination: <c>per_page</c> (30 by default, 100 at most) and <c>page</c> in the query, and a
/// <c>Link</c> header with <c>prev</c>, <c>next</c>, <c>last</c> and <c>first</c>, which Octokit follows.
/// </summary>
internal static class PageLinks
{
    public static (List<T> Items, Dictionary<string, string> Headers) Page<T>(HttpRequest request, IReadOnlyList<T> all)
    {
        var perPage = Math.Clamp(QueryInt(request, "per_page") ?? 30, 1, 100);
        var page = Math.Max(QueryInt(request, "page") ?? 1, 1);
        var lastPage = Math.Max(1, (all.Count + perPage - 1) / perPage);
        var items = all.Skip((page - 1) * perPage).Take(perPage).ToList();

        var headers = new Dictionary<string, string>();
        var links = new List<string>();
        var self = $"{request.Scheme}://{request.Host}{request.Path}";
        string Link(int p, string rel) => $"<{self}?per_page={perPage}&page={p}>; rel=\"{rel}\"";
        if (page > 1) links.Add(Link(page - 1, "prev"));
        if (page < lastPage) links.Add(Link(page + 1, "next"));
        if (page < lastPage) links.Add(Link(lastPage, "last"));
        if (page > 1) links.Add(Link(1, "first"));
        if (links.Count > 0) headers["Link"] = string.Join(", ", links);
        return (items, headers);
    }

    private static int? QueryInt(HttpRequest request, string name) =>
        int.TryParse(request.Query[name].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}

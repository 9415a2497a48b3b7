using CsCheck;
using MirrorAce.GitHub.Tests.Support;
using MirrorAce.Upload;

namespace MirrorAce.GitHub.Tests;

/// <summary>The section as pure text: no GitHub involved.</summary>
public sealed class ReleaseNotesSectionTests
{
    private static readonly UploadedFile App = new("app-1.0.zip", "dist/app-1.0.zip", 1_048_577,
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "7hzy", "https://mirrorace.com/m/7hzy", ["1", "2"]);

    private static readonly UploadedFile Bin = new("app-1.0.bin", "dist/app-1.0.bin", 17,
        "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", "q3rz", "https://mirrorace.com/m/q3rz", ["3"]);

    private const string AppRow = "| app-1.0.zip | 1 MiB | [7hzy](https://mirrorace.com/m/7hzy) | `9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08` | 1, 2 |";

    [Fact]
    public void Render_writes_markers_json_copy_heading_and_a_table_sorted_by_name()
    {
        var section = ReleaseNotesSection.Render([App, Bin]);

        Assert.Equal(
            "<!-- mirrorace:links:start -->\n"
            + "<!-- mirrorace:links:data ["
            + "{\"name\":\"app-1.0.bin\",\"size\":17,\"sha256\":\"2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae\",\"slug\":\"q3rz\",\"url\":\"https://mirrorace.com/m/q3rz\",\"mirrors\":[\"3\"]},"
            + "{\"name\":\"app-1.0.zip\",\"size\":1048577,\"sha256\":\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\",\"slug\":\"7hzy\",\"url\":\"https://mirrorace.com/m/7hzy\",\"mirrors\":[\"1\",\"2\"]}"
            + "] -->\n"
            + "### Download mirrors\n"
            + "\n"
            + "| File | Size | Link | SHA-256 | Mirrors |\n"
            + "| --- | ---: | --- | --- | --- |\n"
            + "| app-1.0.bin | 17 B | [q3rz](https://mirrorace.com/m/q3rz) | `2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae` | 3 |\n"
            + AppRow + "\n"
            + "\n"
            + "<!-- mirrorace:links:end -->",
            section);
    }

    [Fact]
    public void Merge_into_empty_notes_gives_the_section_alone()
    {
        var merge = ReleaseNotesSection.Merge("", [App]);

        Assert.Equal(ReleaseNotesSection.Render([App]), merge.Body);
        Assert.Equal(["app-1.0.zip"], merge.Added);
        Assert.Equal(ReleaseNotesSection.Merge(null, [App]).Body, merge.Body);
    }

    [Theory]
    [InlineData("Notes", "Notes\n\n")]
    [InlineData("Notes\n", "Notes\n\n")]
    [InlineData("Notes\n\n", "Notes\n\n")]
    [InlineData("Notes\n\n\n", "Notes\n\n\n")]
    public void Merge_appends_the_section_after_one_blank_line_keeping_the_notes(string notes, string expectedPrefix)
    {
        var merge = ReleaseNotesSection.Merge(notes, [App]);

        Assert.Equal(expectedPrefix + ReleaseNotesSection.Render([App]), merge.Body);
    }

    [Fact]
    public void Merge_replaces_the_section_in_place_and_keeps_text_before_and_after_byte_for_byte()
    {
        const string before = "# Release 1.0 \u00e9t\u00e9 \U0001F680\n\n  * trailing spaces   \n\t tab line\n";
        const string after = "\n\n## Changelog\r\nmixed line ends\n\u00a0 and no final newline";
        var body = before + ReleaseNotesSection.Render([Bin]) + after;

        var merge = ReleaseNotesSection.Merge(body, [App]);

        Assert.StartsWith(before, merge.Body, StringComparison.Ordinal);
        Assert.EndsWith(after, merge.Body, StringComparison.Ordinal);
        Assert.Equal(before + ReleaseNotesSection.Render([App, Bin], "\r\n") + after, merge.Body);
    }

    [Fact]
    public void Merge_into_crlf_notes_writes_a_crlf_section_and_leaves_the_rest_alone()
    {
        const string body = "Line one\r\nLine two\r\n";

        var merge = ReleaseNotesSection.Merge(body, [App]);

        Assert.Equal(body + "\r\n" + ReleaseNotesSection.Render([App], "\r\n"), merge.Body);
        Assert.DoesNotContain("\n", merge.Body.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(merge.Body, ReleaseNotesSection.Merge(merge.Body, [App]).Body);
    }

    [Fact]
    public void Merge_of_files_already_listed_returns_the_same_body()
    {
        var body = "Intro\n\n" + ReleaseNotesSection.Render([App, Bin]) + "\nOutro\n";

        var merge = ReleaseNotesSection.Merge(body, [Bin with { Path = "elsewhere/app-1.0.bin" }]);

        Assert.Equal(body, merge.Body);
        Assert.Equal(["app-1.0.bin"], merge.AlreadyListed);
        Assert.Empty(merge.Added);
        Assert.Empty(merge.Replaced);
    }

    [Fact]
    public void Merge_of_a_file_under_a_listed_name_replaces_only_that_row()
    {
        var body = ReleaseNotesSection.Render([App, Bin]);
        var reupload = Uploads.File("app-1.0.zip", "n3wz", size: 2048, "3");

        var merge = ReleaseNotesSection.Merge(body, [reupload]);

        Assert.Equal(["app-1.0.zip"], merge.Replaced);
        var rows = ReleaseNotesSection.ReadRows(merge.Body);
        Assert.Equal(["app-1.0.bin", "app-1.0.zip"], rows.Select(r => r.Name));
        Assert.Equal(Rows.Of(Bin), Rows.Of(rows[0]));
        Assert.Equal("n3wz", rows[1].Slug);
        Assert.DoesNotContain("7hzy", merge.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_of_several_files_with_one_name_keeps_the_last()
    {
        var merge = ReleaseNotesSection.Merge("", [Uploads.File("a.zip", "first"), Uploads.File("a.zip", "last")]);

        Assert.Equal("last", Assert.Single(ReleaseNotesSection.ReadRows(merge.Body)).Slug);
    }

    [Fact]
    public void Writers_merging_in_any_order_produce_the_same_notes()
    {
        var names = Gen.String[Gen.Char.AlphaNumeric, 1, 8];
        var files = Gen.Select(names, Gen.String[Gen.Char.AlphaNumeric, 4, 6]).Select((n, s) => Uploads.File(n + ".zip", s)).List[1, 6];
        Gen.Select(files, files, Gen.Int[0, 2]).Sample((a, b, intro) =>
        {
            var notes = new[] { "", "Notes", "Notes\r\n" }[intro];
            var ab = ReleaseNotesSection.Merge(ReleaseNotesSection.Merge(notes, a).Body, b).Body;
            var ba = ReleaseNotesSection.Merge(ReleaseNotesSection.Merge(notes, b).Body, a).Body;
            // Same rows when names don't collide between the two writers; a shared name is last-writer-wins, by design.
            if (a.Select(f => f.Name).Intersect(b.Select(f => f.Name)).Any()) return true;
            return ab == ba;
        });
    }

    [Fact]
    public void Start_marker_without_end_marker_is_refused_rather_than_guessed()
    {
        var body = "Intro\n" + ReleaseNotesSection.StartMarker + "\n| old | table |\nPeople's text that must not be lost\n";

        var merge = Assert.Throws<MirrorAceException>(() => ReleaseNotesSection.Merge(body, [App]));
        var read = Assert.Throws<MirrorAceException>(() => ReleaseNotesSection.ReadRows(body));

        Assert.Equal(ErrorCodes.SectionDamaged, merge.Code);
        Assert.Equal(ErrorCodes.SectionDamaged, read.Code);
        Assert.Contains(ReleaseNotesSection.EndMarker, merge.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Markers_quoted_inline_in_fenced_or_indented_code_are_left_as_text()
    {
        var body =
            $"We use `{ReleaseNotesSection.StartMarker}` markers.\n"
            + "```html\n" + ReleaseNotesSection.StartMarker + "\nexample\n" + ReleaseNotesSection.EndMarker + "\n```\n"
            + "~~~~\n" + ReleaseNotesSection.StartMarker + "\n~~~\nstill code\n~~~~\n"
            + "    " + ReleaseNotesSection.StartMarker + "\n";

        var merge = ReleaseNotesSection.Merge(body, [App]);

        Assert.Equal(body + "\n" + ReleaseNotesSection.Render([App]), merge.Body);
        Assert.Equal(merge.Body, ReleaseNotesSection.Merge(merge.Body, [App]).Body);
    }

    [Fact]
    public void Indented_markers_up_to_three_spaces_still_delimit_the_section()
    {
        var body = "Intro\n   " + ReleaseNotesSection.StartMarker + "\n" + "garbage\n  " + ReleaseNotesSection.EndMarker + "  \nOutro";

        var merge = ReleaseNotesSection.Merge(body, [App]);

        Assert.Equal("Intro\n" + ReleaseNotesSection.Render([App]) + "  \nOutro", merge.Body);
    }

    [Fact]
    public void Notes_ending_inside_an_open_code_fence_get_it_closed_before_the_section()
    {
        const string body = "Example:\n````sh\nmake release";

        var merge = ReleaseNotesSection.Merge(body, [App]);

        Assert.Equal(body + "\n````\n\n" + ReleaseNotesSection.Render([App]), merge.Body);
        Assert.Equal(merge.Body, ReleaseNotesSection.Merge(merge.Body, [App]).Body);
    }

    [Fact]
    public void An_end_marker_before_any_start_marker_is_text()
    {
        var body = ReleaseNotesSection.EndMarker + "\nNotes";

        var merge = ReleaseNotesSection.Merge(body, [App]);

        Assert.Equal(body + "\n\n" + ReleaseNotesSection.Render([App]), merge.Body);
        Assert.Equal(merge.Body, ReleaseNotesSection.Merge(merge.Body, [App]).Body);
    }

    [Fact]
    public void Only_the_first_section_is_ours_a_later_copy_is_text()
    {
        var copy = ReleaseNotesSection.Render([Bin]);
        var body = ReleaseNotesSection.Render([Bin]) + "\n\nQuoted:\n" + copy;

        var merge = ReleaseNotesSection.Merge(body, [App]);

        Assert.Equal(ReleaseNotesSection.Render([App, Bin]) + "\n\nQuoted:\n" + copy, merge.Body);
    }

    [Fact]
    public void Names_with_html_and_comment_closers_cannot_end_the_section_early()
    {
        // A name holding '/' or a url holding '<' is no longer read back at all (no trustworthy answer holds them);
        // HTML, comment closers and '&' in a name, and '&' and "--" in a url, still are.
        var evil = Uploads.File("x --> " + ReleaseNotesSection.EndMarker + " <b>&amp;<b>.zip", "ev1l") with
        {
            Url = "https://mirrorace.com/m/ev1l?a=1&b=--",
        };

        var body = ReleaseNotesSection.Merge("Notes", [evil, App]).Body;

        // The start marker, the JSON copy and the end marker: the name's own "-->" was escaped everywhere.
        Assert.Equal(3, body.Split("-->").Length - 1);
        var rows = ReleaseNotesSection.ReadRows(body + "\nafter");
        Assert.Equal(Rows.Of(evil), Rows.Of(rows.Single(r => r.Slug == "ev1l")));
        Assert.Equal(body + "\nafter", ReleaseNotesSection.Merge(body + "\nafter", [evil]).Body);
    }

    [Fact]
    public void A_section_whose_json_copy_was_edited_away_is_rewritten_from_this_writer_alone()
    {
        var body = "Intro\n" + ReleaseNotesSection.Render([Bin]).Replace("<!-- mirrorace:links:data [", "<!-- mirrorace:links:data [oops", StringComparison.Ordinal) + "\nOutro";

        var merge = ReleaseNotesSection.Merge(body, [App]);

        Assert.Equal("Intro\n" + ReleaseNotesSection.Render([App]) + "\nOutro", merge.Body);
        Assert.Equal(["app-1.0.zip"], merge.Added);
    }

    [Fact]
    public void Lists_requires_every_file_by_name_and_slug()
    {
        var body = ReleaseNotesSection.Render([App, Bin]);

        Assert.True(ReleaseNotesSection.Lists(body, [App, Bin]));
        Assert.False(ReleaseNotesSection.Lists(body, [App with { Slug = "other" }]));
        Assert.False(ReleaseNotesSection.Lists(body, [Uploads.File("new.zip", "n3w")]));
        Assert.False(ReleaseNotesSection.Lists("no section", [App]));
    }

    [Fact]
    public void The_json_copy_leaves_out_the_local_path()
    {
        var section = ReleaseNotesSection.Render([App]);

        Assert.DoesNotContain("dist/", section, StringComparison.Ordinal);
        Assert.DoesNotContain("\"path\"", section, StringComparison.Ordinal);
    }
}

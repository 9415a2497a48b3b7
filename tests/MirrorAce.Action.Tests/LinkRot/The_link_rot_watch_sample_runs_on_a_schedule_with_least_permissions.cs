using System.Text.Json.Nodes;
using MirrorAce.Action.Tests.LinkRot.Support;

namespace MirrorAce.Action.Tests.LinkRot;

public class The_link_rot_watch_sample_runs_on_a_schedule_with_least_permissions
{
    private static JsonObject Workflow => LinkRotWatch.Workflow;

    [Fact]
    public void Runs_on_a_weekly_schedule_and_on_demand()
    {
        var cron = (string?)Assert.Single(Workflow["on"]!["schedule"]!.AsArray())!["cron"];
        Assert.Matches(@"^\d+ \d+ \* \* [0-6]$", cron);
        Assert.Equal("30", (string?)Workflow["on"]!["workflow_dispatch"]!["inputs"]!["releases"]!["default"]);
    }

    [Fact]
    public void May_read_the_releases_and_write_issues_and_nothing_else()
    {
        var permissions = Workflow["permissions"]!.AsObject();

        Assert.Equal(["contents=read", "issues=write"], permissions.Select(p => $"{p.Key}={(string?)p.Value}").Order(StringComparer.Ordinal));
        Assert.Null(Workflow["jobs"]!["watch"]!["permissions"]);
    }

    [Fact]
    public void Secrets_and_inputs_reach_the_scripts_through_env_only()
    {
        var steps = Workflow["jobs"]!["watch"]!["steps"]!.AsArray().Select(s => s!.AsObject()).ToList();

        Assert.All(steps.Where(s => s["run"] is not null), s => Assert.DoesNotContain("${{", (string)s["run"]!, StringComparison.Ordinal));
        var check = steps.Single(s => (string?)s["name"] == LinkRotWatch.StepName);
        Assert.Equal("${{ secrets.MIRRORACE_API_KEY }}", (string?)check["env"]!["MIRRORACE_API_KEY"]);
        Assert.Equal("${{ secrets.MIRRORACE_API_TOKEN }}", (string?)check["env"]!["MIRRORACE_API_TOKEN"]);
        Assert.Equal("${{ github.token }}", (string?)check["env"]!["GH_TOKEN"]);
        Assert.Contains("mirrorace status", (string)check["run"]!, StringComparison.Ordinal);
        var install = steps.FindIndex(s => ((string?)s["run"])?.Contains("dotnet tool install", StringComparison.Ordinal) == true);
        Assert.InRange(install, 0, steps.IndexOf(check) - 1);
    }
}

using MirrorAce.Output;
using MirrorAce.Publishing;

namespace MirrorAce.Cli;

/// <summary>The dry run's output: what would be uploaded, in how many requests, to which mirrors, and what would be reused.</summary>
internal static class PlanReport
{
    public static void Write(IReadOnlyList<PlanItem> plan, TextWriter results, TextWriter stderr)
    {
        results.WriteLine("Dry run: nothing is uploaded.");
        foreach (var item in plan)
            results.WriteLine($"  {item.Name}  {ByteSize.Format(item.Size)}  {RunText.Plan(item.Plan, item.Source)}");
        var failed = plan.Where(p => p.Plan.Error is not null).ToList();
        foreach (var item in failed)
            ErrorLine.Write(stderr, item.Plan.Error!);
        results.WriteLine(RunText.PlanHeadline(plan.Count, failed.Count));
    }
}

using MirrorAce.BuildTasks;

namespace MirrorAce.Tests.Infra;

/// <summary>Points the task's per-user cache at a test's own folder, as XDG_CACHE_HOME would, never at the real user's.</summary>
public static class TaskUserCache
{
    public static MirrorAceUpload WithUserCacheIn(this MirrorAceUpload task, string cacheHome)
    {
        ArgumentNullException.ThrowIfNull(task);
        task.UserCache = true;
        task.ReadVariable = name => name == "XDG_CACHE_HOME" ? cacheHome : Environment.GetEnvironmentVariable(name);
        return task;
    }
}

namespace MirrorAce.Sandbox; internal static class Program { private static void Main() { } }

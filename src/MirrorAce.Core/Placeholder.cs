namespace MirrorAce; internal static class Placeholder { }

using System.Diagnostics.CodeAnalysis;

namespace MirrorAce.Sandbox;

/// <summary>
/// Faults queued by a test. Arrivals are numbered per endpoint under one lock, so which request
/// a fault hits depends only on arrival order, even when a client sends requests in parallel.
/// </summary>
public sealed class FaultPlan
{
    private readonly Lock _sync = new();
    private readonly int[] _arrivals = new int[Enum.GetValues<Endpoint>().Length];
    private readonly List<Armed> _armed = [];
    private readonly List<FiredFault> _fired = [];
    private RandomFaults? _random;

    /// <summary>How many times a fault fired.</summary>
    public int Fired
    {
        get
        {
            lock (_sync)
            {
                return _fired.Count;
            }
        }
    }

    /// <summary>Every fault that fired, in firing order.</summary>
    public IReadOnlyList<FiredFault> History
    {
        get
        {
            lock (_sync)
            {
                return [.. _fired];
            }
        }
    }

    /// <summary>Arms <paramref name="fault"/>, counting its requests from now. If two faults claim one request, the earlier one wins and the later one loses that turn.</summary>
    public void Add(Fault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(fault.OnRequest, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(fault.Times, 1);
        lock (_sync)
        {
            var first = _arrivals[(int)fault.Endpoint] + fault.OnRequest;
            _armed.Add(new Armed(fault, first, first + fault.Times - 1));
        }
    }

    /// <summary>From now until <see cref="Clear"/>, each chunk request that no queued fault claims gets one of <paramref name="kinds"/> with <paramref name="probability"/>, drawn from a generator seeded with <paramref name="seed"/>.</summary>
    public void Random(double probability, int seed, params FaultKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentOutOfRangeException.ThrowIfLessThan(probability, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(probability, 1);
        if (kinds.Length == 0)
        {
            throw new ArgumentException("At least one fault kind is needed.", nameof(kinds));
        }

        lock (_sync)
        {
            _random = new RandomFaults(probability, seed, [.. kinds]);
        }
    }

    /// <summary>Disarms every queued fault and the random mode. <see cref="Fired"/> and <see cref="History"/> are kept.</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _armed.Clear();
            _random = null;
        }
    }

    /// <summary>Counts one arrival on <paramref name="endpoint"/> and returns the fault it must suffer, if any.</summary>
    internal Fault? OnArrival(Endpoint endpoint)
    {
        lock (_sync)
        {
            var arrival = ++_arrivals[(int)endpoint];
            Fault? chosen = null;
            foreach (var armed in _armed)
            {
                if (armed.Fault.Endpoint == endpoint && arrival >= armed.First && arrival <= armed.Last)
                {
                    chosen = armed.Fault;
                    break;
                }
            }

            _armed.RemoveAll(a => a.Fault.Endpoint == endpoint && a.Last <= arrival);
            if (chosen is null && endpoint == Endpoint.Chunk && _random is { } random)
            {
                chosen = random.Next();
            }

            if (chosen is not null)
            {
                _fired.Add(new FiredFault(endpoint, chosen.Kind, arrival));
            }

            return chosen;
        }
    }

    private sealed record Armed(Fault Fault, int First, int Last);

    private sealed class RandomFaults(double probability, int seed, FaultKind[] kinds)
    {
        [SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "A seeded generator is the point: a failing soak run must be replayable.")]
        private readonly System.Random _generator = new(seed);

        [SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "See the field.")]
        public Fault? Next()
        {
            // Both draws happen on every arrival so the sequence depends only on the arrival count.
            var roll = _generator.NextDouble();
            var kind = kinds[_generator.Next(kinds.Length)];
            return roll < probability ? new Fault(kind, Endpoint.Chunk) : null;
        }
    }
}

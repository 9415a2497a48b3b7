using System.Globalization;

namespace MirrorAce.Bench;

/// <summary>Several timings of one thing: the median, and the spread as min–max.</summary>
internal sealed class Samples(string unit)
{
    private readonly List<double> _values = [];

    public void Add(double value) => _values.Add(value);

    /// <summary>Each sample divided by the same run's sample of <paramref name="reference"/>: a ratio the machine's drift spares.</summary>
    public Samples PairedRatio(Samples reference)
    {
        var ratios = new Samples("×");
        foreach (var (value, against) in _values.Zip(reference._values)) ratios.Add(value / against);
        return ratios;
    }

    public double Median
    {
        get
        {
            var sorted = _values.Order().ToList();
            var mid = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Median:0.###} {unit} (n={_values.Count}, {_values.Min():0.###}–{_values.Max():0.###})");
}

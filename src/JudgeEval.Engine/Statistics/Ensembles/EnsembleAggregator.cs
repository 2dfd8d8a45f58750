using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Statistics.Ensembles;

/// <summary>
/// Ensemble verdicts from member verdicts. A null vote is a missing verdict and is left out; a method with no vote
/// returns null. Majority and Weighted first snap each vote to its nearest category (<see cref="CategorySnapping"/>)
/// and, when categories tie, return the lowest tied grade (pointwise) or <see cref="Preference.Tie"/> (pairwise).
/// Median and Mean return the raw value, which can fall between grades; <see cref="Aggregate"/> snaps it by default.
/// </summary>
public static class EnsembleAggregator
{
    public static double? Majority(ReadOnlySpan<double?> votes, IReadOnlyList<double> categories)
    {
        Span<double> weights = votes.Length <= 64 ? stackalloc double[votes.Length] : new double[votes.Length];
        weights.Fill(1);
        return Plurality(votes, weights, categories);
    }

    /// <summary>
    /// Weighted plurality: each category scores the summed weights of the members voting for it. Negative or NaN
    /// weights count as 0 (a member no better than chance gets no say); when the voting members' weights sum to 0
    /// the verdict is null, since nobody present carries information.
    /// </summary>
    public static double? Weighted(ReadOnlySpan<double?> votes, ReadOnlySpan<double> weights, IReadOnlyList<double> categories)
    {
        if (weights.Length != votes.Length)
        {
            throw new ArgumentException("Give one weight per vote.", nameof(weights));
        }

        return Plurality(votes, weights, categories);
    }

    public static double? Median(ReadOnlySpan<double?> votes, EvenMedianRule even)
    {
        // Called once per item: the present votes go on the stack (the same sort as Array.Sort, so the same order).
        var buffer = votes.Length <= 64 ? stackalloc double[votes.Length] : new double[votes.Length];
        var count = 0;
        foreach (var vote in votes)
        {
            if (vote is { } value && !double.IsNaN(value))
            {
                buffer[count++] = value;
            }
        }

        var present = buffer[..count];
        if (present.Length == 0)
        {
            return null;
        }

        present.Sort();
        var middle = present.Length / 2;
        if (present.Length % 2 == 1)
        {
            return present[middle];
        }

        return even switch
        {
            EvenMedianRule.Lower => present[middle - 1],
            EvenMedianRule.Upper => present[middle],
            _ => (present[middle - 1] + present[middle]) / 2,
        };
    }

    public static double? Mean(ReadOnlySpan<double?> votes)
    {
        var present = Present(votes);
        return present.Length == 0 ? null : present.Average();
    }

    /// <summary>
    /// The ensemble verdict per item. <paramref name="members"/> holds one verdict array per member, aligned by item.
    /// Items with fewer than <paramref name="minVotes"/> present votes get null. With <paramref name="snapToCategories"/>
    /// (the default, for comparing with categorical labels) Median and Mean results are snapped to a category.
    /// <paramref name="weights"/> (one per member) is required by <see cref="EnsembleMethod.Weighted"/> only.
    /// </summary>
    public static double?[] Aggregate(
        IReadOnlyList<double?[]> members,
        EnsembleMethod method,
        EvenMedianRule even,
        IReadOnlyList<double>? weights,
        IReadOnlyList<double> categories,
        int minVotes = 1,
        bool snapToCategories = true)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentOutOfRangeException.ThrowIfLessThan(minVotes, 1);
        if (members.Count == 0)
        {
            return [];
        }

        var items = members[0].Length;
        if (members.Any(m => m.Length != items))
        {
            throw new ArgumentException("Every member needs one verdict per item.", nameof(members));
        }

        var memberWeights = method == EnsembleMethod.Weighted
            ? weights?.ToArray() ?? throw new ArgumentException("The weighted method needs one weight per member.", nameof(weights))
            : null;
        if (memberWeights is not null && memberWeights.Length != members.Count)
        {
            throw new ArgumentException("Give one weight per member.", nameof(weights));
        }

        var result = new double?[items];
        var votes = new double?[members.Count];
        for (var i = 0; i < items; i++)
        {
            var present = 0;
            for (var m = 0; m < members.Count; m++)
            {
                votes[m] = members[m][i];
                present += votes[m].HasValue ? 1 : 0;
            }

            if (present < minVotes)
            {
                continue;
            }

            var verdict = method switch
            {
                EnsembleMethod.Majority => Majority(votes, categories),
                EnsembleMethod.Median => Median(votes, even),
                EnsembleMethod.Mean => Mean(votes),
                EnsembleMethod.Weighted => Weighted(votes, memberWeights, categories),
                _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown ensemble method."),
            };
            result[i] = snapToCategories && verdict.HasValue ? CategorySnapping.Nearest(verdict.Value, categories) : verdict;
        }

        return result;
    }

    static double? Plurality(ReadOnlySpan<double?> votes, ReadOnlySpan<double> weights, IReadOnlyList<double> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        if (categories.Count == 0)
        {
            return null;
        }

        var support = categories.Count <= 64 ? stackalloc double[categories.Count] : new double[categories.Count];
        support.Clear();
        var any = false;
        var total = 0.0;
        for (var v = 0; v < votes.Length; v++)
        {
            if (votes[v] is not { } vote || double.IsNaN(vote))
            {
                continue;
            }

            any = true;
            var weight = weights[v] > 0 ? weights[v] : 0;
            total += weight;
            var category = CategorySnapping.Nearest(vote, categories);
            for (var c = 0; c < categories.Count; c++)
            {
                if (categories[c] == category)
                {
                    support[c] += weight;
                    break;
                }
            }
        }

        if (!any || !(total > 0))
        {
            return null;
        }

        var max = double.NegativeInfinity;
        foreach (var s in support)
        {
            max = Math.Max(max, s);
        }

        // The categories with the most support: one wins; several tie (the lowest grade, or a pairwise tie).
        var ties = 0;
        var lowest = double.PositiveInfinity;
        var first = 0.0;
        for (var c = 0; c < support.Length; c++)
        {
            if (support[c] == max)
            {
                first = ties == 0 ? categories[c] : first;
                lowest = Math.Min(lowest, categories[c]);
                ties++;
            }
        }

        if (ties == 1)
        {
            return first;
        }

        return CategorySnapping.IsPairwise(categories) ? Preference.Tie : lowest;
    }

    static double[] Present(ReadOnlySpan<double?> votes)
    {
        var present = new List<double>(votes.Length);
        foreach (var vote in votes)
        {
            if (vote is { } value && !double.IsNaN(value))
            {
                present.Add(value);
            }
        }

        return [.. present];
    }
}

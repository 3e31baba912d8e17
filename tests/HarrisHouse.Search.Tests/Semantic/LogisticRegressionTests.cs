using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Tests.Semantic;

/// <summary>The fit behind the notice's classifier (<c>dotnet $E crisis-train</c>).</summary>
public sealed class LogisticRegressionTests
{
    [Fact]
    public void The_fit_is_the_penalised_optimum_where_the_objectives_gradient_vanishes()
    {
        // Overlapping classes, so the optimum is finite even without the penalty.
        double[][] rows = [[0.1, 1.0], [0.4, 0.2], [0.9, 0.8], [1.5, -0.3], [2.0, 0.5], [0.7, -1.0], [1.2, 1.4], [-0.5, 0.3]];
        bool[] labels = [false, false, true, true, true, false, true, false];
        const double c = 3;

        var weights = LogisticRegression.Fit(rows, labels, c);

        // Σ (p − y)·x + w / C = 0 for each weight, and Σ (p − y) = 0 for the unpenalised bias.
        for (var feature = 0; feature <= rows[0].Length; feature++)
        {
            var gradient = rows.Select((x, i) => (LogisticRegression.Probability(weights, x) - (labels[i] ? 1 : 0)) * (feature < x.Length ? x[feature] : 1)).Sum();
            gradient += feature < rows[0].Length ? weights[feature] / c : 0;
            Assert.True(Math.Abs(gradient) < 1e-6, $"the gradient along {feature} is {gradient}");
        }

        Assert.True(LogisticRegression.Probability(weights, [2.0, 0.5]) > 0.5);
        Assert.True(LogisticRegression.Probability(weights, [-0.5, 0.3]) < 0.5);
    }

    [Fact]
    public void A_stronger_penalty_keeps_the_weights_smaller()
    {
        double[][] rows = [[0.0], [0.2], [0.4], [0.6], [0.8], [1.0]];
        bool[] labels = [false, false, true, false, true, true];

        var loose = LogisticRegression.Fit(rows, labels, c: 100);
        var tight = LogisticRegression.Fit(rows, labels, c: 0.1);

        Assert.True(Math.Abs(tight[0]) < Math.Abs(loose[0]), $"{tight[0]} against {loose[0]}");
    }
}

namespace HarrisHouse.Search.Testing;

/// <summary>
/// Logistic regression with an L2 penalty on the weights (not the bias), fitted by Newton's method: a few hundred
/// features and a few thousand rows, where each step solves the exact Hessian and ten steps converge. Minimises
/// Σ log-loss + ‖w‖² / (2C), the objective scikit-learn's <c>C</c> names.
/// </summary>
public static class LogisticRegression
{
    /// <summary>The weights, one per feature, and the bias last.</summary>
    public static double[] Fit(IReadOnlyList<double[]> rows, IReadOnlyList<bool> labels, double c, int maxSteps = 50)
    {
        var features = rows[0].Length;
        var size = features + 1;
        var weights = new double[size];

        // Only a row's non-zero features (and the bias) add to the gradient and the Hessian: words as features are sparse.
        var nonZero = rows.Select(x => Enumerable.Range(0, size).Where(a => a == features || x[a] != 0).ToArray()).ToArray();
        for (var step = 0; step < maxSteps; step++)
        {
            var gradient = new double[size];
            var hessian = new double[size, size];
            for (var i = 0; i < rows.Count; i++)
            {
                var x = rows[i];
                var p = Probability(weights, x);
                var error = p - (labels[i] ? 1 : 0);
                var curvature = p * (1 - p);
                var present = nonZero[i];
                for (var ia = 0; ia < present.Length; ia++)
                {
                    var a = present[ia];
                    var xa = a < features ? x[a] : 1;
                    gradient[a] += error * xa;
                    var scaled = curvature * xa;
                    for (var ib = ia; ib < present.Length; ib++)
                    {
                        var b = present[ib];
                        hessian[a, b] += scaled * (b < features ? x[b] : 1);
                    }
                }
            }

            for (var a = 0; a < size; a++)
            {
                var penalty = a < features ? 1 / c : 1e-9;
                gradient[a] += a < features ? weights[a] / c : 0;
                hessian[a, a] += penalty;
                for (var b = 0; b < a; b++)
                {
                    hessian[a, b] = hessian[b, a];
                }
            }

            var move = Solve(hessian, gradient);
            var largest = 0.0;
            for (var a = 0; a < size; a++)
            {
                weights[a] -= move[a];
                largest = Math.Max(largest, Math.Abs(move[a]));
            }

            if (largest < 1e-7)
            {
                break;
            }
        }

        return weights;
    }

    public static double Probability(double[] weights, double[] x)
    {
        var logit = weights[^1];
        for (var a = 0; a < x.Length; a++)
        {
            logit += weights[a] * x[a];
        }

        return 1 / (1 + Math.Exp(-logit));
    }

    /// <summary>Solves A·x = b for a symmetric positive definite A by its Cholesky factor.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var lower = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = a[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= lower[i, k] * lower[j, k];
                }

                lower[i, j] = i == j ? Math.Sqrt(sum) : sum / lower[j, j];
            }
        }

        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = b[i];
            for (var k = 0; k < i; k++)
            {
                sum -= lower[i, k] * y[k];
            }

            y[i] = sum / lower[i, i];
        }

        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var k = i + 1; k < n; k++)
            {
                sum -= lower[k, i] * x[k];
            }

            x[i] = sum / lower[i, i];
        }

        return x;
    }
}

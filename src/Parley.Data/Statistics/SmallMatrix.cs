namespace Parley.Data.Statistics;

/// <summary>
/// Dense linear algebra for the few-parameter likelihoods of the survival models (a handful of
/// parameters): solving a symmetric system and inverting a symmetric positive-definite matrix by
/// Gauss-Jordan elimination with partial pivoting.
/// </summary>
internal static class SmallMatrix
{
    /// <summary>The inverse of square <paramref name="matrix"/>; null when it is singular.</summary>
    public static double[,]? Inverse(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var a = (double[,])matrix.Clone();
        var inv = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            inv[i, i] = 1;
        }
        var scale = 0.0;
        foreach (var v in matrix)
        {
            scale = Math.Max(scale, Math.Abs(v));
        }
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = r;
                }
            }
            if (!(Math.Abs(a[pivot, col]) > 1e-13 * Math.Max(scale, 1e-300)))
            {
                return null;
            }
            if (pivot != col)
            {
                for (var c = 0; c < n; c++)
                {
                    (a[pivot, c], a[col, c]) = (a[col, c], a[pivot, c]);
                    (inv[pivot, c], inv[col, c]) = (inv[col, c], inv[pivot, c]);
                }
            }
            var p = a[col, col];
            for (var c = 0; c < n; c++)
            {
                a[col, c] /= p;
                inv[col, c] /= p;
            }
            for (var r = 0; r < n; r++)
            {
                if (r == col || a[r, col] == 0)
                {
                    continue;
                }
                var f = a[r, col];
                for (var c = 0; c < n; c++)
                {
                    a[r, c] -= f * a[col, c];
                    inv[r, c] -= f * inv[col, c];
                }
            }
        }
        return inv;
    }

    /// <summary>x = <paramref name="matrix"/>⁻¹ <paramref name="vector"/>; null when the matrix is singular.</summary>
    public static double[]? Solve(double[,] matrix, double[] vector)
    {
        var inv = Inverse(matrix);
        if (inv is null)
        {
            return null;
        }
        var n = vector.Length;
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < n; j++)
            {
                sum += inv[i, j] * vector[j];
            }
            x[i] = sum;
        }
        return x;
    }

    /// <summary>gᵀ M g: the delta-method variance of a function with gradient <paramref name="gradient"/>.</summary>
    public static double Quadratic(double[,] matrix, ReadOnlySpan<double> gradient)
    {
        var sum = 0.0;
        for (var i = 0; i < gradient.Length; i++)
        {
            for (var j = 0; j < gradient.Length; j++)
            {
                sum += gradient[i] * matrix[i, j] * gradient[j];
            }
        }
        return sum;
    }
}

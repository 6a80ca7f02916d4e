namespace Parley.Data.Survival;

/// <summary>
/// The Weibull proportional-hazards log-likelihood of <see cref="WeibullRegression"/>, its gradient
/// and observed information in θ = (s = ln k, γ₀, β₁…β_p) (or (γ₀, β) when the shape is fixed).
/// With uᵢ = ln tᵢ, Λᵢ = exp(ηᵢ + k·uᵢ) and zᵢ = (1, xᵢ):
/// ∂ℓ/∂s = Σ dᵢ(1 + k·uᵢ) − Σ Λᵢ·k·uᵢ; ∂ℓ/∂γⱼ = Σ (dᵢ − Λᵢ)·zᵢⱼ;
/// −∂²ℓ/∂s² = Σ Λᵢ(k·uᵢ + (k·uᵢ)²) − Σ dᵢ·k·uᵢ; −∂²ℓ/∂s∂γⱼ = Σ Λᵢ·k·uᵢ·zᵢⱼ; −∂²ℓ/∂γⱼ∂γₗ = Σ Λᵢ·zᵢⱼ·zᵢₗ.
/// </summary>
internal sealed class WeibullLikelihood(WeibullData data, int covariates, double? fixedShape)
{
    private readonly int _offset = fixedShape is null ? 1 : 0;

    public int Size => _offset + 1 + covariates;

    public double[] Start(int events)
    {
        var theta = new double[Size];
        var k = fixedShape ?? 1;
        var exposure = data.Time.Sum(t => Math.Pow(t, k));
        theta[_offset] = Math.Log(events / exposure);
        return theta;
    }

    public double Value(double[] theta)
    {
        var (s, k) = Shape(theta);
        var sum = 0.0;
        for (var i = 0; i < data.Time.Length; i++)
        {
            var eta = Eta(theta, i);
            if (data.Event[i])
            {
                sum += s + ((k - 1) * data.LogTime[i]) + eta;
            }
            sum -= Math.Exp(eta + (k * data.LogTime[i]));
        }
        return sum;
    }

    public double[] Gradient(double[] theta)
    {
        var (_, k) = Shape(theta);
        var g = new double[Size];
        for (var i = 0; i < data.Time.Length; i++)
        {
            var ku = k * data.LogTime[i];
            var lambda = Math.Exp(Eta(theta, i) + ku);
            var d = data.Event[i] ? 1.0 : 0.0;
            if (_offset == 1)
            {
                g[0] += (d * (1 + ku)) - (lambda * ku);
            }
            var r = d - lambda;
            g[_offset] += r;
            var x = data.Covariates[i];
            for (var j = 0; j < covariates; j++)
            {
                g[_offset + 1 + j] += r * x[j];
            }
        }
        return g;
    }

    /// <summary>The observed information −∂²ℓ/∂θ∂θᵀ.</summary>
    public double[,] Information(double[] theta)
    {
        var (_, k) = Shape(theta);
        var n = Size;
        var info = new double[n, n];
        var z = new double[1 + covariates];
        for (var i = 0; i < data.Time.Length; i++)
        {
            var ku = k * data.LogTime[i];
            var lambda = Math.Exp(Eta(theta, i) + ku);
            var d = data.Event[i] ? 1.0 : 0.0;
            z[0] = 1;
            for (var j = 0; j < covariates; j++)
            {
                z[1 + j] = data.Covariates[i][j];
            }
            if (_offset == 1)
            {
                info[0, 0] += (lambda * (ku + (ku * ku))) - (d * ku);
                for (var j = 0; j < z.Length; j++)
                {
                    info[0, 1 + j] += lambda * ku * z[j];
                }
            }
            for (var a = 0; a < z.Length; a++)
            {
                for (var b = a; b < z.Length; b++)
                {
                    info[_offset + a, _offset + b] += lambda * z[a] * z[b];
                }
            }
        }
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < a; b++)
            {
                info[a, b] = info[b, a];
            }
        }
        return info;
    }

    private (double S, double K) Shape(double[] theta) =>
        fixedShape is { } k ? (Math.Log(k), k) : (theta[0], Math.Exp(theta[0]));

    private double Eta(double[] theta, int i)
    {
        var eta = theta[_offset];
        var x = data.Covariates[i];
        for (var j = 0; j < covariates; j++)
        {
            eta += theta[_offset + 1 + j] * x[j];
        }
        return eta;
    }
}

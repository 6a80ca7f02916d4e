namespace Parley.Data.Survival;

/// <summary>The durations of a Weibull fit: times, their logs, event flags and covariate rows.</summary>
internal sealed record WeibullData(double[] Time, double[] LogTime, bool[] Event, double[][] Covariates, int CovariateCount);

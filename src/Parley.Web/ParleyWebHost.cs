using System.Threading.RateLimiting;
using Parley.Web.Api;
using Parley.Web.Components;
using Parley.Web.Play;
using Parley.Web.Runs;
using Parley.Web.Scenarios;

namespace Parley.Web;

/// <summary>Builds the dashboard's web application: services, limits, the JSON API and the pages.</summary>
public static class ParleyWebHost
{
    /// <summary>Where the dashboard listens when nothing else is said: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5000";

    /// <summary>
    /// Creates the application (not yet started). Addresses: <see cref="ServeSettings.Urls"/>, else the
    /// configuration's (<c>ASPNETCORE_URLS</c>, <c>--urls</c>), else <see cref="DefaultUrls"/>.
    /// <paramref name="services"/>, when given, adds or replaces services after the dashboard's own (a test's cluster).
    /// </summary>
    public static WebApplication Create(string[] args, ServeSettings settings, Action<IServiceCollection>? services = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(ParleyWebHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // The pages' scripts and styles (Blazor's among them) from the build's manifest, in any environment.
        builder.WebHost.UseStaticWebAssets();
        var urls = settings.Urls ?? builder.Configuration["urls"];
        builder.WebHost.UseUrls(string.IsNullOrWhiteSpace(urls) ? DefaultUrls : urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = RequestBody.MaxBytes;
            kestrel.Limits.MaxConcurrentConnections = 1000;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        settings = settings.WithConfiguration(builder.Configuration.GetSection("Parley"));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        AddServices(builder.Services, settings);
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (http.Request.Path.StartsWithSegments("/api") && !http.Response.HasStarted && http.Response.ContentLength is null)
            {
                await http.Response.WriteAsJsonAsync(new ApiError(Describe(http.Response.StatusCode))).ConfigureAwait(false);
            }
        });
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapOpenApi();
        ApiEndpoints.Map(app);
        SweepEndpoints.Map(app);
        ChartEndpoints.Map(app);
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        if (settings.WarmUp)
        {
            // The shipped scenarios' overviews are computed once, in the background, so that their pages open at once.
            var views = app.Services.GetRequiredService<ScenarioViews>();
            var catalog = app.Services.GetRequiredService<ScenarioCatalog>();
            app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(() =>
            {
                foreach (var entry in catalog.List().Where(e => e.Scenario is not null && e.Source is not null))
                {
                    views.Overview(entry);
                }
            }, app.Lifetime.ApplicationStopping));
        }
        return app;
    }

    private static void AddServices(IServiceCollection services, ServeSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton(new ScenarioCatalog(settings.ScenariosDirectory));
        services.AddSingleton<ScenarioViews>();
        services.AddSingleton<RunQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<RunQueue>());
        services.AddSingleton<GameRegistry>();
        if (settings.ClusterStore is { } cluster)
        {
            // The cluster's tables are checked now, so that a wrong store fails the start rather than the first sweep.
            var store = new Parley.Store.Database.StoreTarget(cluster);
            var version = settings.CodeVersion ?? typeof(ParleyWebHost).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown";
            services.AddSingleton(new Sweeps.ClusterSweeps(Parley.Cluster.Membership.ClusterMembership.Database(store), store, version, settings.DataDirectory, settings.WhyNoData));
        }
        services.AddOpenApi();
        services.AddRazorComponents().AddInteractiveServerComponents(circuit =>
        {
            // A closed tab ends its circuit at once (the page says so as it unloads); a lost connection
            // keeps it a minute for a reconnection, then its work is cancelled too.
            circuit.DisconnectedCircuitMaxRetained = 20;
            circuit.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(1);
        });
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(ApiEndpoints.RatePolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.RequestsPer10Seconds, Window = TimeSpan.FromSeconds(10), QueueLimit = 0 }));
        });
    }

    private static string Describe(int status) => status switch
    {
        StatusCodes.Status404NotFound => "no such address: see /openapi/v1.json",
        StatusCodes.Status405MethodNotAllowed => "this address does not take that method: see /openapi/v1.json",
        StatusCodes.Status413PayloadTooLarge => $"the request body is larger than {RequestBody.MaxBytes} bytes",
        StatusCodes.Status429TooManyRequests => "too many requests: wait a few seconds",
        _ => $"HTTP {status}",
    };
}

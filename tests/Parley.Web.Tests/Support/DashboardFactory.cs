using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Parley.Web;

namespace Parley.Web.Tests.Support;

/// <summary>The dashboard in memory (TestServer) with settings given as configuration, as a deployment would give them.</summary>
public class DashboardFactory : WebApplicationFactory<ServeSettings>
{
    private readonly Dictionary<string, string?> _settings;

    /// <summary>The dashboard with the default settings (no background warm-up).</summary>
    public DashboardFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>The dashboard with these <c>Parley:*</c> settings.</summary>
    internal DashboardFactory(Dictionary<string, string?> settings) => _settings = settings;

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Parley:WarmUp", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Parley.Web.Tests.Support;

namespace Parley.Web.Tests.Serve;

/// <summary><c>parley serve</c>: its options, and a real process that prints its loopback address and answers.</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData(new[] { "serve", "--scenarios", "/no/such/folder" }, "--scenarios /no/such/folder: no such folder")]
    [InlineData(new[] { "serve", "--port", "1", "--urls", "http://127.0.0.1:2" }, "either --port or --urls")]
    [InlineData(new[] { "serve", "--port", "70000" }, "--port 70000")]
    public void Bad_options_give_a_one_line_error_and_exit_code_2(string[] args, string message)
    {
        var (code, _, error) = ParleyCli.Run(args);
        Assert.Equal(2, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("parley: error: ", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_in_use_gives_a_one_line_error()
    {
        var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;
            var (code, _, error) = ParleyCli.Run("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(2, code);
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith($"parley: error: cannot listen on http://127.0.0.1:{port}: ", line, StringComparison.Ordinal);
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public async Task The_process_listens_on_loopback_prints_its_address_and_serves_the_API()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repo.Root,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Parley.Cli.dll"));
        info.ArgumentList.Add("serve");
        info.ArgumentList.Add("--port");
        info.ArgumentList.Add("0");
        info.Environment.Remove("ASPNETCORE_URLS");
        using var process = Process.Start(info)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.NotNull(line);
            Assert.Matches(@"^parley: serving the dashboard on http://127\.0\.0\.1:\d+ ", line);
            var address = line!.Split(' ')[5];
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            using var response = await client.GetAsync(new Uri("/api/scenarios", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Contains(json.RootElement.EnumerateArray(), e => e.GetProperty("id").GetString() == "gaza-2025");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}

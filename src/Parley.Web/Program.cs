using Parley.Web;

// Standalone entry (tests and `dotnet run`); `parley serve` starts the same host from the CLI.
var app = ParleyWebHost.Create(args, new ServeSettings());
await app.RunAsync().ConfigureAwait(false);

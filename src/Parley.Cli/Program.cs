using Parley.Cli.Infrastructure;

return ParleyApp.Run(args);

using Janalyq.Web.Cli;

return await JanalyqCli.RunAsync(args);

using CareCommunity.Notebooks;

return await NotebookCli.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);

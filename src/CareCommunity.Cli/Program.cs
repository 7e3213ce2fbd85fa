using CareCommunity.Cli;
using NodaTime;

// The composition root: the only place the system clock and the real console are used.
return new CliApplication(Console.Out, Console.Error, SystemClock.Instance, errorIsTerminal: !Console.IsErrorRedirected).Run(args);

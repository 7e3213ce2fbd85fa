using CareCommunity.Cli;
using NodaTime;

// The composition root: the only place the system clock is used.
return new CliApplication(Console.Out, Console.Error, SystemClock.Instance).Run(args);
